package org.crampcare.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Turns a schema-checked condition tree from a knowledge file into a {@link Condition}. */
public final class ConditionParser {
    private ConditionParser() {
    }

    /** Parses a condition; the tree must already have passed {@code condition.schema.json}. */
    public static Condition parse(JsonNode node) {
        if (node.has("any")) {
            return new Condition.Any(parseAll(node.get("any")));
        }
        if (node.has("all")) {
            return new Condition.All(parseAll(node.get("all")));
        }
        if (node.has("not")) {
            return new Condition.Not(parse(node.get("not")));
        }
        String item = node.get("item").asText();
        if (node.has("is")) {
            return new Condition.Is(item, node.get("is").asBoolean());
        }
        if (node.has("in")) {
            return new Condition.In(item, strings(node.get("in")));
        }
        if (node.has("containsAny")) {
            return new Condition.ContainsAny(item, strings(node.get("containsAny")));
        }
        if (node.has("nonEmpty")) {
            return new Condition.NonEmpty(item);
        }
        for (Comparison op : Comparison.values()) {
            if (node.has(op.key())) {
                return new Condition.Compare(item, op, node.get(op.key()).asDouble());
            }
        }
        throw new IllegalArgumentException("not a condition: " + node);
    }

    private static List<Condition> parseAll(JsonNode array) {
        List<Condition> parts = new ArrayList<>();
        array.forEach(n -> parts.add(parse(n)));
        return parts;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
