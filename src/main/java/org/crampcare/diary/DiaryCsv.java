package org.crampcare.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crampcare.triage.InputException;

/**
 * The diary as one CSV file: one row per cramp, check-in or assessment, told apart by the
 * {@code kind} column; columns that do not apply to a kind stay empty.
 *
 * <p>Lists are separated by {@code ;} ({@code calf;foot}), relief is {@code stretch:2;heat:1},
 * yes/no answers are {@code yes}/{@code no}, times are ISO-8601 instants in UTC. A cramp's
 * {@code date} is derived from {@code time} and {@code zone} (shown for people reading the file)
 * and ignored on import. Columns are found by their header name, so their order may change. Cells
 * that a spreadsheet would run as a formula are written with an apostrophe first ({@link FormulaGuard}).
 */
final class DiaryCsv {
    static final List<String> COLUMNS = List.of("kind", "date", "time", "zone", "muscles", "side", "duration_seconds",
            "pain", "activities", "relief", "exercise", "heat_minutes", "fluid_glasses", "long_sitting",
            "long_standing", "tight_shoes", "caffeine_drinks", "alcohol_drinks", "sleep_position", "medicine_changed",
            "level", "rule_ids", "result_json", "note");

    private DiaryCsv() {
    }

    static String header() {
        return Csv.record(COLUMNS);
    }

    static String row(CrampEntry c) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("kind", "cramp");
        r.put("date", c.localDate().toString());
        r.put("time", c.when().toString());
        r.put("zone", c.zone().getId());
        r.put("muscles", join(c.muscles().stream().map(Word::value).toList()));
        r.put("side", c.side() == null ? null : c.side().value());
        r.put("duration_seconds", text(c.durationSeconds()));
        r.put("pain", text(c.pain()));
        r.put("activities", join(c.activities().stream().map(Word::value).toList()));
        r.put("relief", join(c.relief().entrySet().stream().map(e -> e.getKey().value() + ":" + e.getValue()).toList()));
        r.put("note", c.note());
        return line(r);
    }

    static String row(CheckIn c) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("kind", "checkin");
        r.put("date", c.date().toString());
        r.put("exercise", c.exercise() == null ? null : c.exercise().value());
        r.put("heat_minutes", text(c.heatMinutes()));
        r.put("fluid_glasses", text(c.fluidGlasses()));
        r.put("long_sitting", yesNo(c.longSitting()));
        r.put("long_standing", yesNo(c.longStanding()));
        r.put("tight_shoes", yesNo(c.tightShoes()));
        r.put("caffeine_drinks", text(c.caffeineDrinks()));
        r.put("alcohol_drinks", text(c.alcoholDrinks()));
        r.put("sleep_position", c.sleepPosition() == null ? null : c.sleepPosition().value());
        r.put("medicine_changed", yesNo(c.medicineChanged()));
        r.put("note", c.note());
        return line(r);
    }

    static String row(SavedAssessment a) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("kind", "assessment");
        r.put("time", a.takenAt().toString());
        r.put("level", a.level().name());
        r.put("rule_ids", join(a.ruleIds()));
        r.put("result_json", a.resultJson());
        return line(r);
    }

    /** One parsed row: the values by column name, and the row number for messages. */
    record Row(int number, Map<String, String> values) {
        String get(String column) {
            String v = values.get(column);
            return v == null || v.isEmpty() ? null : v;
        }

        String field(String column) {
            return "row " + number + "." + column;
        }

        CrampInput cramp() {
            return new CrampInput(instant("time"), get("zone"), list("muscles"), get("side"), integer("duration_seconds"),
                    integer("pain"), list("activities"), relief(), get("note"));
        }

        CheckInInput checkIn() {
            String date = get("date");
            if (date == null) {
                throw new InputException(field("date"), "is required", "required");
            }
            LocalDate day;
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new InputException(field("date"), "expected a date like 2026-03-31, got '" + date + "'",
                        "date");
            }
            return new CheckInInput(day, get("exercise"), integer("heat_minutes"), integer("fluid_glasses"),
                    yesNo("long_sitting"), yesNo("long_standing"), yesNo("tight_shoes"), integer("caffeine_drinks"),
                    integer("alcohol_drinks"), get("sleep_position"), yesNo("medicine_changed"), get("note"));
        }

        Instant instant(String column) {
            String v = get(column);
            if (v == null) {
                throw new InputException(field(column), "is required", "required");
            }
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException e) {
                throw new InputException(field(column), "expected a UTC time like 2026-03-31T22:15:00Z, got '" + v + "'",
                        "utc-time");
            }
        }

        Integer integer(String column) {
            String v = get(column);
            try {
                return v == null ? null : Integer.valueOf(v.strip());
            } catch (NumberFormatException e) {
                throw new InputException(field(column), "expected a whole number, got '" + v + "'",
                        "whole-number");
            }
        }

        List<String> list(String column) {
            String v = get(column);
            return v == null ? List.of() : Arrays.asList(v.split(";", -1));
        }

        private Boolean yesNo(String column) {
            String v = get(column);
            if (v == null) {
                return null;
            }
            if (v.equals("yes") || v.equals("no")) {
                return v.equals("yes");
            }
            throw new InputException(field(column), "expected yes or no, got '" + v + "'", "yes-no");
        }

        private Map<String, Integer> relief() {
            Map<String, Integer> map = new LinkedHashMap<>();
            for (String part : list("relief")) {
                int colon = part.indexOf(':');
                if (colon < 0) {
                    throw new InputException(field("relief"), "expected method:amount such as stretch:2, got '" + part + "'");
                }
                String method = part.substring(0, colon);
                try {
                    if (map.put(method, Integer.valueOf(part.substring(colon + 1))) != null) {
                        throw new InputException(field("relief"), "'" + method + "' is listed twice");
                    }
                } catch (NumberFormatException e) {
                    throw new InputException(field("relief"), "expected a whole number after '" + method + ":'");
                }
            }
            return map;
        }
    }

    /** Splits a CSV file into rows by column name; refuses a missing or unknown header. */
    static List<Row> rows(String csv, int maxRows) {
        if (csv == null || csv.isBlank()) {
            throw new InputException("csv", "the file is empty", "empty-file");
        }
        List<List<String>> records = Csv.parse(csv);
        if (records.isEmpty()) {
            throw new InputException("csv", "the file has no header row", "no-header");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (int i = 0; i < header.size(); i++) {
            if (!COLUMNS.contains(header.get(i))) {
                throw new InputException("csv.header[" + i + "]", "unknown column '" + header.get(i)
                        + "'; expected the columns of a CrampCare export");
            }
        }
        if (!header.contains("kind")) {
            throw new InputException("csv.header", "the column 'kind' is missing", "no-kind");
        }
        if (records.size() - 1 > maxRows) {
            throw new InputException("csv", "has more than " + maxRows + " rows", "too-many-rows", maxRows);
        }
        return java.util.stream.IntStream.range(1, records.size())
                .filter(i -> !(records.get(i).size() == 1 && records.get(i).get(0).isEmpty()))
                .mapToObj(i -> row(i, header, records.get(i))).toList();
    }

    private static Row row(int number, List<String> header, List<String> fields) {
        if (fields.size() != header.size()) {
            throw new InputException("row " + number, "has " + fields.size() + " fields, the header has " + header.size(),
                    "field-count", fields.size(), header.size());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), FormulaGuard.unguard(fields.get(i)));
        }
        return new Row(number, values);
    }

    private static String line(Map<String, String> values) {
        return Csv.record(COLUMNS.stream().map(c -> FormulaGuard.guard(values.get(c))).toList());
    }

    private static String join(List<String> values) {
        return values.stream().collect(Collectors.joining(";"));
    }

    private static String text(Integer i) {
        return i == null ? null : i.toString();
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "yes" : "no";
    }
}
