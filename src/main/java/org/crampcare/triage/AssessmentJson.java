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
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crampcare.knowledge.Language;

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
            throw empty();
        }
        return parsed(() -> MAPPER.readValue(json, Object.class));
    }

    /**
     * Parses contract input from UTF-8 bytes, as they arrive over HTTP.
     *
     * <p>Same rules and errors as {@link #readInput(String)}; reading the bytes directly saves
     * decoding the body to a string first.
     */
    public static AssessmentInput readInput(byte[] json) {
        if (json == null || isBlank(json)) {
            throw empty();
        }
        return parsed(() -> MAPPER.readValue(json, Object.class));
    }

    /** Reads JSON from memory as plain values. */
    @FunctionalInterface
    private interface PlainSource {
        Object read() throws IOException;
    }

    private static AssessmentInput parsed(PlainSource source) {
        try {
            return fromPlain(source.read());
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (CharConversionException e) {
            // Bytes that are no Unicode encoding at all (found by fuzzing): bad input, not a server error.
            throw new InputException("input", "the body is not text in a Unicode encoding; send UTF-8 JSON");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON from memory", e);
        }
    }

    private static boolean isBlank(byte[] json) {
        for (byte b : json) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static InputException empty() {
        return new InputException("input", "the input is empty; expected a JSON object with \"answers\" and/or \"text\"");
    }

    /**
     * The error for JSON that does not parse: where, and what went wrong in plain words. Never the
     * parser's own message, which names its classes and settings.
     */
    private static InputException malformed(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        return new InputException("input", "malformed JSON" + where + ": " + plainWords(e));
    }

    private static String plainWords(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return "the JSON ends before it is complete";
        }
        if (original.startsWith("Duplicate field")) {
            return "a field appears twice";
        }
        if (original.startsWith("Trailing token")) {
            return "there is more after the JSON object";
        }
        if (original.contains("Invalid UTF-8") || original.contains("Invalid UTF-32")) {
            return "the body is not UTF-8 text";
        }
        return "expected JSON (an object such as {\"answers\": {...}})";
    }

    /** Builds contract input from an already parsed JSON tree. */
    public static AssessmentInput fromTree(JsonNode root) {
        return fromPlain(root == null ? null : plain(root));
    }

    /**
     * Builds contract input from parsed JSON as plain Java values (maps, lists, strings, numbers).
     * Reading straight to plain values skips building a JSON tree for every request.
     */
    @SuppressWarnings("unchecked")
    private static AssessmentInput fromPlain(Object root) {
        if (!(root instanceof Map<?, ?> fields)) {
            throw new InputException("input", "expected a JSON object with \"answers\" and/or \"text\"");
        }
        for (Object name : fields.keySet()) {
            if (!name.equals("answers") && !name.equals("text") && !name.equals("language")) {
                throw new InputException((String) name,
                        "unknown field; expected \"answers\" and/or \"text\" (and optionally \"language\")");
            }
        }
        Object answers = fields.get("answers");
        if (answers != null && !(answers instanceof Map)) {
            throw new InputException("answers", "expected an object of item ids to values");
        }
        Object text = fields.get("text");
        if (text != null && !(text instanceof String)) {
            throw new InputException("text", "expected a string");
        }
        return new AssessmentInput(answers == null ? Map.of() : (Map<String, Object>) answers, (String) text,
                language(fields.get("language")));
    }

    /**
     * The input's {@code language}: null (absent or null) to detect it from the text, else exactly
     * one of the languages' tags.
     */
    private static Language language(Object value) {
        if (value == null) {
            return null;
        }
        String expected = "expected one of " + Language.all().stream().map(l -> "\"" + l.tag() + "\"").toList()
                + " (or leave it out to detect the language of the text)";
        if (!(value instanceof String tag)) {
            throw new InputException("language", expected);
        }
        return Language.all().stream().filter(l -> l.tag().equals(tag)).findFirst()
                .orElseThrow(() -> new InputException("language", "unknown language '" + tag + "'; " + expected));
    }

    /**
     * The plain Java value of a JSON value: Map, List, String, Boolean, a Number of the parsed
     * width, or null; what {@code convertValue(node, Object.class)} gives, without its buffering.
     */
    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            node.fields().forEachRemaining(f -> out.put(f.getKey(), plain(f.getValue())));
            return out;
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>(node.size());
            node.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNumber() ? node.numberValue() : null;
    }

    /** The result as one line of JSON in UTF-8, ready to send. */
    public static byte[] writeBytes(Object result) {
        try {
            return MAPPER.writeValueAsBytes(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write result as JSON", e);
        }
    }

    /** Writes the result as one line of JSON in UTF-8 to the stream (left open). */
    public static void write(Object result, java.io.OutputStream out) throws IOException {
        MAPPER.writeValue(new NonClosing(out), result);
    }

    /** Keeps the mapper from closing a stream it was only lent. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
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
