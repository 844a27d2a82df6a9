package org.crampcare.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Condition;

/**
 * A condition as JSON data, in the same shape as the knowledge files write it
 * ({@code {"item": "sex", "in": ["male"]}}, {@code {"not": {...}}}, {@code {"any": [...]}}...).
 *
 * <p>So another front end can evaluate askWhen itself instead of parsing descriptions. It is the
 * inverse of {@link ConditionParser}, so it lives beside it.
 */
public final class ConditionJson {
    private ConditionJson() {
    }

    /** The condition as maps and lists in the knowledge files' shape; null for no condition. */
    public static Object of(Condition c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (c instanceof Condition.Any) {
            out.put("any", all(((Condition.Any) c).parts()));
        } else if (c instanceof Condition.All) {
            out.put("all", all(((Condition.All) c).parts()));
        } else if (c instanceof Condition.Not) {
            out.put("not", of(((Condition.Not) c).part()));
        } else if (c instanceof Condition.Is) {
            out.put("item", ((Condition.Is) c).item());
            out.put("is", ((Condition.Is) c).value());
        } else if (c instanceof Condition.In) {
            out.put("item", ((Condition.In) c).item());
            out.put("in", ((Condition.In) c).values());
        } else if (c instanceof Condition.ContainsAny) {
            out.put("item", ((Condition.ContainsAny) c).item());
            out.put("containsAny", ((Condition.ContainsAny) c).values());
        } else if (c instanceof Condition.NonEmpty) {
            out.put("item", ((Condition.NonEmpty) c).item());
            out.put("nonEmpty", true);
        } else {
            Condition.Compare cmp = (Condition.Compare) c;
            out.put("item", cmp.item());
            out.put(cmp.op().key(), cmp.threshold());
        }
        return out;
    }

    private static List<Object> all(List<Condition> parts) {
        return parts.stream().map(ConditionJson::of).toList();
    }
}
