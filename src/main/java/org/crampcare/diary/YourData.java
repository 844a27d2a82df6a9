package org.crampcare.diary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.InputException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A person's own data: export as CSV (see {@link DiaryCsv} for the format) or JSON, import the CSV
 * back, and delete it all.
 *
 * <p>An import is checked row by row in full before the single transaction that writes it, so a
 * file with one bad row writes nothing; the error names the row and the column. Importing adds
 * cramps and assessments and replaces check-ins of the same day. Only the record times
 * ({@code created_at}, {@code updated_at}) are not carried over: they become the time of import.
 * A saved assessment is assessed again from the answers in its result, and refused unless its level
 * and rules are the ones those answers give, so no level can be made up in a file.
 */
public final class YourData {
    static final int MAX_IMPORT_ROWS = 200_000;

    private final Jdbi jdbi;
    private final DiaryRules rules;
    private final Clock clock;
    private final ImportedResults results;

    YourData(Jdbi jdbi, DiaryRules rules, Clock clock, ImportedResults results) {
        this.jdbi = jdbi;
        this.rules = rules;
        this.clock = clock;
        this.results = results;
    }

    /** Everything of the person as one CSV file: cramps by time, check-ins by day, assessments by time. */
    public String exportCsv(long personId) {
        Everything all = everything(personId);
        StringBuilder sb = new StringBuilder(DiaryCsv.header());
        all.cramps().forEach(c -> sb.append(DiaryCsv.row(c)));
        all.checkIns().forEach(c -> sb.append(DiaryCsv.row(c)));
        all.assessments().forEach(a -> sb.append(DiaryCsv.row(a)));
        return sb.toString();
    }

    /** Everything of the person as one JSON document with snake_case keys like the CSV columns. */
    public String exportJson(long personId) {
        Everything all = everything(personId);
        ObjectMapper m = AssessmentJson.mapper();
        ObjectNode root = m.createObjectNode();
        root.put("format", "crampcare-diary").put("version", 1).put("exported_at", clock.instant().toString())
                .put("email", all.email());
        ArrayNode cramps = root.putArray("cramps");
        for (CrampEntry c : all.cramps()) {
            ObjectNode n = cramps.addObject();
            n.put("time", c.when().toString()).put("zone", c.zone().getId())
                    .put("local_time", c.localDateTime().toString());
            c.muscles().forEach(w -> n.withArray("muscles").add(w.value()));
            n.withArray("muscles");
            n.put("side", c.side() == null ? null : c.side().value()).put("duration_seconds", c.durationSeconds())
                    .put("pain", c.pain());
            n.withArray("activities");
            c.activities().forEach(w -> n.withArray("activities").add(w.value()));
            ObjectNode relief = n.putObject("relief");
            c.relief().forEach((r, amount) -> relief.put(r.value(), amount));
            n.put("note", c.note()).put("created_at", c.createdAt().toString()).put("updated_at", c.updatedAt().toString());
        }
        ArrayNode checkIns = root.putArray("check_ins");
        for (CheckIn c : all.checkIns()) {
            checkIns.addObject().put("date", c.date().toString())
                    .put("exercise", c.exercise() == null ? null : c.exercise().value())
                    .put("heat_minutes", c.heatMinutes()).put("fluid_glasses", c.fluidGlasses())
                    .put("long_sitting", c.longSitting()).put("long_standing", c.longStanding())
                    .put("tight_shoes", c.tightShoes()).put("caffeine_drinks", c.caffeineDrinks())
                    .put("alcohol_drinks", c.alcoholDrinks())
                    .put("sleep_position", c.sleepPosition() == null ? null : c.sleepPosition().value())
                    .put("medicine_changed", c.medicineChanged()).put("note", c.note())
                    .put("updated_at", c.updatedAt().toString());
        }
        ArrayNode assessments = root.putArray("assessments");
        for (SavedAssessment a : all.assessments()) {
            ObjectNode n = assessments.addObject().put("time", a.takenAt().toString()).put("level", a.level().name());
            a.ruleIds().forEach(id -> n.withArray("rule_ids").add(id));
            n.withArray("rule_ids");
            try {
                n.set("result", m.readTree(a.resultJson()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored assessment " + a.id() + " is not valid JSON", e);
            }
        }
        try {
            return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the export as JSON", e);
        }
    }

    /**
     * Imports a CSV file written by {@link #exportCsv} into the person's diary.
     *
     * @throws InputException naming the row and column of the first problem; nothing is written then
     */
    public ImportSummary importCsv(long personId, String csv) {
        List<ValidCramp> cramps = new ArrayList<>();
        List<ValidCheckIn> checkIns = new ArrayList<>();
        List<ValidAssessment> assessments = new ArrayList<>();
        for (DiaryCsv.Row row : DiaryCsv.rows(csv, MAX_IMPORT_ROWS)) {
            String kind = row.get("kind");
            try {
                if ("cramp".equals(kind)) {
                    cramps.add(rules.cramp(row.cramp()));
                } else if ("checkin".equals(kind)) {
                    checkIns.add(rules.checkIn(row.checkIn()));
                } else if ("assessment".equals(kind)) {
                    assessments.add(assessment(row));
                } else {
                    throw new InputException(row.field("kind"), "expected cramp, checkin or assessment, got '"
                            + (kind == null ? "" : kind) + "'");
                }
            } catch (InputException e) {
                throw e.field().startsWith("row ") ? e : new InputException(row.field(e.field()), e.reason(),
                        e.code().orElse(null), e.values().toArray());
            }
        }
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            cramps.forEach(c -> CrampRows.insert(h, personId, c, now));
            checkIns.forEach(c -> CheckInRows.upsert(h, personId, c, now));
            assessments.forEach(a -> AssessmentRows.insert(h, personId, a.takenAt(), a.level(), a.ruleIds(), a.json()));
        });
        return new ImportSummary(cramps.size(), checkIns.size(), assessments.size());
    }

    /** Deletes every cramp, check-in and saved assessment of the person in one transaction; the account stays. */
    public void deleteEverything(long personId) {
        jdbi.useTransaction(h -> {
            for (String table : List.of("cramp", "checkin", "assessment")) {
                h.createUpdate("DELETE FROM " + table + " WHERE person_id = :p").bind("p", personId).execute();
            }
        });
    }

    private ValidAssessment assessment(DiaryCsv.Row row) {
        Instant at = row.instant("time");
        if (at.isAfter(clock.instant().plus(DiaryRules.FUTURE_SLACK))) {
            throw new InputException(row.field("time"), "is in the future", "future");
        }
        TriageLevel level = AssessmentRules.level(row.field("level"), row.get("level"));
        List<String> ruleIds = AssessmentRules.ruleIds(row.field("rule_ids"), row.list("rule_ids"));
        String json = AssessmentRules.resultJson(row.field("result_json"), row.get("result_json"));
        results.check(row.field("result_json"), json, level, ruleIds);
        return new ValidAssessment(at.toEpochMilli(), level, ruleIds, json);
    }

    private Everything everything(long personId) {
        return jdbi.inTransaction(h -> new Everything(
                h.createQuery("SELECT email FROM person WHERE id = :p").bind("p", personId).mapTo(String.class)
                        .findOne().orElse(null), cramps(h, personId),
                CheckInRows.list(h, personId, null, null), oldestFirst(AssessmentRows.list(h, personId))));
    }

    private static List<CrampEntry> cramps(Handle h, long personId) {
        List<CrampEntry> list = new ArrayList<>(CrampRows.list(h, personId, CrampFilter.all()));
        list.sort(Comparator.comparing(CrampEntry::when).thenComparing(CrampEntry::id));
        return list;
    }

    private static List<SavedAssessment> oldestFirst(List<SavedAssessment> list) {
        List<SavedAssessment> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(SavedAssessment::takenAt).thenComparing(SavedAssessment::id));
        return sorted;
    }

    private record Everything(String email, List<CrampEntry> cramps, List<CheckIn> checkIns, List<SavedAssessment> assessments) {
    }

    private record ValidAssessment(long takenAt, TriageLevel level, List<String> ruleIds, String json) {
    }
}
