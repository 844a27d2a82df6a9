package org.crampcare.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts people see of one thing in the knowledge (an item, a rule, an entry...), by field
 * name, in a fixed order: what a translation of it must carry.
 *
 * <p>A field holds one text ({@code title}), or several in order ({@code steps}). An item's value
 * labels are fields of their own, {@code values.<value>}, so a translation names the value it
 * labels.
 *
 * @param kind   what it is, as {@link Locations} names it ({@code item}, {@code entry}...)
 * @param file   the knowledge file it is in, e.g. {@code facts.yaml}; its translations are in
 *               {@code <language>/facts.yaml}
 * @param path   its JSON path in that file, e.g. {@code $.entries[3]} ({@code $} for the file's own texts)
 * @param fields the texts by field name, in the order they are hashed
 */
record TextUnit(String kind, String id, String file, String path, Map<String, List<String>> fields) {
    /** How many hex digits of the SHA-256 a translation records ({@code from: 3f9a1c2b}). */
    static final int HASH_DIGITS = 8;
    /** The fields that hold several texts in order; every other field holds one. */
    static final java.util.Set<String> LIST_FIELDS = java.util.Set.of("steps");

    TextUnit {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The list in the file that holds it ({@code entries}), or empty for the file's own texts. */
    String section() {
        int bracket = path.indexOf('[');
        return bracket < 0 ? "" : path.substring(2, bracket);
    }

    /**
     * The first eight hex digits of the SHA-256 of the texts, one line per text
     * ({@code title: ...}, {@code steps[0]: ...}) with runs of white space made one space, so that
     * re-wrapping a YAML line does not change it but changing a word does.
     */
    String hash() {
        StringBuilder lines = new StringBuilder();
        fields.forEach((name, texts) -> {
            for (int i = 0; i < texts.size(); i++) {
                lines.append(name).append(LIST_FIELDS.contains(name) ? "[" + i + "]" : "")
                        .append(": ").append(normalized(texts.get(i))).append('\n');
            }
        });
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(lines.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
