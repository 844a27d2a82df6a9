package org.crampcare.triage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.crampcare.knowledge.RenderedJson;
import org.crampcare.knowledge.Rule;
import org.crampcare.knowledge.TriageLevel;

/**
 * A rule that fired: which items it read, its level, a plain explanation and its sources.
 *
 * <p>There is one reason per rule, made once when the engine is built, and reasons are part of
 * every assessment response; so, like advice items, each renders its JSON once and is written
 * raw into responses ({@link RenderedJson}).
 */
public final class Reason implements JsonSerializable {
    private final Fields fields;
    private final RenderedJson json;

    private Reason(Fields fields) {
        this.fields = fields;
        this.json = RenderedJson.of(fields, "reason " + fields.rule());
    }

    /** The reason given when this rule fires. */
    static Reason of(Rule rule) {
        return new Reason(new Fields(rule.id(), List.copyOf(rule.items()), rule.level(), rule.explanation(),
                List.copyOf(rule.sources())));
    }

    /** The rule id, e.g. {@code E1}. */
    public String rule() {
        return fields.rule();
    }

    /** The interview items the rule read. */
    public List<String> items() {
        return fields.items();
    }

    /** The rule's triage level. */
    public TriageLevel level() {
        return fields.level();
    }

    /** Why the rule matters, in plain words. */
    public String explanation() {
        return fields.explanation();
    }

    /** The source ids behind the rule. */
    public List<String> sources() {
        return fields.sources();
    }

    @Override
    public void serialize(JsonGenerator gen, SerializerProvider provider) throws IOException {
        json.writeTo(gen);
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider provider, TypeSerializer type)
            throws IOException {
        serialize(gen, provider);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reason other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fields);
    }

    @Override
    public String toString() {
        return json.toString();
    }

    /** The fields as rendered to JSON, in the contract's order. */
    record Fields(String rule, List<String> items, TriageLevel level, String explanation, List<String> sources) {
    }
}
