package org.crampcare.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads contract input JSON and writes contract output JSON, the same way for CLI and HTTP.
 *
 * <p>Parsing is strict (duplicate keys, trailing garbage and unknown top-level fields are refused)
 * so that a typo never silently drops an answer.
 */
public final class AssessmentJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new JavaTimeModule())
            .build();

    private AssessmentJson() {
    }

    /** The shared, configured mapper (thread-safe once built). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses contract input; throws {@link InputException} naming the field on any problem. */
    public static AssessmentInput readInput(String json) {
        if (json == null || json.isBlank()) {
            throw new InputException("input", "the input is empty; expected a JSON object with \"answers\" and/or \"text\"");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new InputException("input", "malformed JSON" + where + ": " + e.getOriginalMessage());
        }
        return fromTree(root);
    }

    /** Builds contract input from an already parsed JSON tree. */
    public static AssessmentInput fromTree(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InputException("input", "expected a JSON object with \"answers\" and/or \"text\"");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals("answers") && !name.equals("text")) {
                throw new InputException(name, "unknown field; expected \"answers\" and/or \"text\"");
            }
        }
        JsonNode answers = root.path("answers");
        if (!answers.isMissingNode() && !answers.isNull() && !answers.isObject()) {
            throw new InputException("answers", "expected an object of item ids to values");
        }
        JsonNode text = root.path("text");
        if (!text.isMissingNode() && !text.isNull() && !text.isTextual()) {
            throw new InputException("text", "expected a string");
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        answers.fields().forEachRemaining(f -> raw.put(f.getKey(), MAPPER.convertValue(f.getValue(), Object.class)));
        return new AssessmentInput(raw, text.isTextual() ? text.asText() : null);
    }

    /** The result as one line of JSON. */
    public static String write(Object result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write result as JSON", e);
        }
    }

}
