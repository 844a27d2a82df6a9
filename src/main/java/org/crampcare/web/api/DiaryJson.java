package org.crampcare.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampcare.diary.CheckIn;
import org.crampcare.diary.CheckInInput;
import org.crampcare.diary.CrampEntry;
import org.crampcare.diary.CrampInput;
import org.crampcare.diary.PatternWarning;
import org.crampcare.diary.SavedAssessment;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.InputException;

/**
 * Reads and writes the diary API's JSON bodies, with snake_case keys like the CSV export.
 *
 * <p>Reading checks every key and type and throws an {@link InputException} naming the field, so a
 * wrong body never reaches the diary; the diary then checks the values themselves.
 */
final class DiaryJson {
    private static final Set<String> CRAMP_FIELDS = Set.of("time", "zone", "muscles", "side", "duration_seconds",
            "pain", "activities", "relief", "note");
    private static final Set<String> CHECK_IN_FIELDS = Set.of("exercise", "heat_minutes", "fluid_glasses",
            "long_sitting", "long_standing", "tight_shoes", "caffeine_drinks", "alcohol_drinks", "sleep_position",
            "medicine_changed", "note");

    private DiaryJson() {
    }

    /** Parses a request body as a JSON object; throws naming {@code body} when it is not one. */
    static JsonNode object(String body) {
        if (body == null || body.isBlank()) {
            throw new InputException("body", "expected a JSON object");
        }
        JsonNode root;
        try {
            root = AssessmentJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new InputException("body", "malformed JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InputException("body", "expected a JSON object");
        }
        return root;
    }

    /** A cramp from a POST or PUT body (PUT replaces every field, so a missing key clears it). */
    static CrampInput cramp(JsonNode n) {
        known(n, CRAMP_FIELDS);
        Instant when = null;
        String time = text(n, "time");
        if (time != null) {
            try {
                when = Instant.parse(time);
            } catch (DateTimeParseException e) {
                throw new InputException("time", "expected an ISO-8601 instant such as 2026-05-01T22:30:00Z");
            }
        }
        Map<String, Integer> relief = null;
        JsonNode r = n.get("relief");
        if (r != null && !r.isNull()) {
            if (!r.isObject()) {
                throw new InputException("relief", "expected an object of what helped to how much (0 to 3)");
            }
            relief = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isInt()) {
                    throw new InputException("relief." + e.getKey(), "expected a whole number from 0 to 3");
                }
                relief.put(e.getKey(), e.getValue().intValue());
            }
        }
        return new CrampInput(when, text(n, "zone"), words(n, "muscles"), text(n, "side"),
                integer(n, "duration_seconds"), integer(n, "pain"), words(n, "activities"), relief, text(n, "note"));
    }

    /** A check-in of {@code date} from a PUT body. */
    static CheckInInput checkIn(LocalDate date, JsonNode n) {
        known(n, CHECK_IN_FIELDS);
        return new CheckInInput(date, text(n, "exercise"), integer(n, "heat_minutes"), integer(n, "fluid_glasses"),
                bool(n, "long_sitting"), bool(n, "long_standing"), bool(n, "tight_shoes"), integer(n, "caffeine_drinks"),
                integer(n, "alcohol_drinks"), text(n, "sleep_position"), bool(n, "medicine_changed"), text(n, "note"));
    }

    static Map<String, Object> cramp(CrampEntry c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("time", c.when().toString());
        out.put("zone", c.zone().getId());
        out.put("local_time", c.localDateTime().toString());
        out.put("muscles", c.muscles().stream().map(m -> m.value()).toList());
        out.put("side", c.side() == null ? null : c.side().value());
        out.put("duration_seconds", c.durationSeconds());
        out.put("pain", c.pain());
        out.put("activities", c.activities().stream().map(a -> a.value()).toList());
        Map<String, Integer> relief = new LinkedHashMap<>();
        c.relief().forEach((k, v) -> relief.put(k.value(), v));
        out.put("relief", relief);
        out.put("note", c.note());
        out.put("created_at", c.createdAt().toString());
        out.put("updated_at", c.updatedAt().toString());
        return out;
    }

    static Map<String, Object> checkIn(CheckIn c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", c.date().toString());
        out.put("exercise", c.exercise() == null ? null : c.exercise().value());
        out.put("heat_minutes", c.heatMinutes());
        out.put("fluid_glasses", c.fluidGlasses());
        out.put("long_sitting", c.longSitting());
        out.put("long_standing", c.longStanding());
        out.put("tight_shoes", c.tightShoes());
        out.put("caffeine_drinks", c.caffeineDrinks());
        out.put("alcohol_drinks", c.alcoholDrinks());
        out.put("sleep_position", c.sleepPosition() == null ? null : c.sleepPosition().value());
        out.put("medicine_changed", c.medicineChanged());
        out.put("note", c.note());
        out.put("updated_at", c.updatedAt().toString());
        return out;
    }

    static Map<String, Object> assessment(SavedAssessment a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("time", a.takenAt().toString());
        out.put("level", a.level().name());
        out.put("rule_ids", a.ruleIds());
        try {
            out.put("result", AssessmentJson.mapper().readTree(a.resultJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment " + a.id() + " is not valid JSON", e);
        }
        return out;
    }

    static Map<String, Object> warning(PatternWarning w) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rule", w.ruleId());
        out.put("level", w.level().name());
        out.put("explanation", w.explanation());
        out.put("finding", w.finding());
        out.put("sources", w.sources());
        return out;
    }

    private static void known(JsonNode n, Set<String> fields) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!fields.contains(name)) {
                throw new InputException(name, "unknown field; expected one of " + String.join(", ",
                        fields.stream().sorted().toList()));
            }
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InputException(field, "expected a string");
        }
        return v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isInt()) {
            throw new InputException(field, "expected a whole number");
        }
        return v.intValue();
    }

    private static Boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new InputException(field, "expected true or false");
        }
        return v.booleanValue();
    }

    private static List<String> words(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            throw new InputException(field, "expected an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode w : v) {
            if (!w.isTextual()) {
                throw new InputException(field, "expected an array of strings");
            }
            out.add(w.asText());
        }
        return out;
    }
}
