package org.crampcare.selfcare;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.crampcare.knowledge.Basis;
import org.crampcare.knowledge.ContentEntry;
import org.crampcare.knowledge.RenderedJson;

/**
 * One piece of advice as shown to the person: a content entry without its selection logic.
 *
 * <p>Advice items are fixed projections of the knowledge, made once at start-up, and they are
 * most of every assessment response. So each item renders its own JSON once and is written raw
 * into every response ({@link RenderedJson}), instead of being serialised field by field on every
 * request.
 */
public final class AdviceItem implements JsonSerializable {
    private final Fields fields;
    private final RenderedJson json;
    private final String shownCaveat;
    private final boolean fluidIntake;

    private AdviceItem(Fields fields, boolean caveatShown, boolean fluidIntake) {
        this.fields = fields;
        this.json = RenderedJson.of(fields, "advice item " + fields.id());
        this.shownCaveat = caveatShown ? fields.caveat() : null;
        this.fluidIntake = fluidIntake;
    }

    static AdviceItem of(ContentEntry e) {
        return new AdviceItem(new Fields(e.id(), e.group(), e.title(), e.text(), e.steps(), e.timerMinutes(),
                e.basis().key(), e.evidence().name().toLowerCase(Locale.ROOT), e.caveat(), e.sources()),
                e.evidence().needsCaveat(), e.fluidIntake());
    }

    /** The content entry's id. */
    public String id() {
        return fields.id();
    }

    /** The entry's group, e.g. {@code stretch}, or empty. */
    public String group() {
        return fields.group();
    }

    /** A short title. */
    public String title() {
        return fields.title();
    }

    /** The advice in a few sentences. */
    public String text() {
        return fields.text();
    }

    /** Ordered steps, or an empty list. */
    public List<String> steps() {
        return fields.steps();
    }

    /** A suggested timer range in minutes (heat and ice), or an empty list. */
    public List<Integer> timerMinutes() {
        return fields.timerMinutes();
    }

    /** {@code sources}, or {@code practical-tip} for CrampCare's own how-to detail (no sources). */
    public String basis() {
        return fields.basis();
    }

    /** Whether it is CrampCare's own practical tip rather than sourced content. */
    public boolean tip() {
        return Basis.PRACTICAL_TIP.key().equals(fields.basis());
    }

    /** {@code supported}, {@code weak} or {@code mixed}; {@code none} for a practical tip. */
    public String evidence() {
        return fields.evidence();
    }

    /** What to keep in mind about weak or mixed evidence, or null. */
    public String caveat() {
        return fields.caveat();
    }

    /** The source ids it cites. */
    public List<String> sources() {
        return fields.sources();
    }

    /** Whether it gives a fluid amount or urges drinking more (left out for a possible fluid limit). */
    boolean fluidIntake() {
        return fluidIntake;
    }

    /**
     * The caveat to list with the advice, or null: only weak or mixed evidence lists its caveat
     * in the advice's {@code caveats}.
     */
    String shownCaveat() {
        return shownCaveat;
    }

    /** Writes the item's pre-rendered JSON as the next value. */
    void writeTo(JsonGenerator gen) throws IOException {
        json.writeTo(gen);
    }

    @Override
    public void serialize(JsonGenerator gen, SerializerProvider provider) throws IOException {
        writeTo(gen);
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider provider, TypeSerializer type)
            throws IOException {
        serialize(gen, provider);
    }

    @Override
    public String toString() {
        return json.toString();
    }

    /** The fields as rendered to JSON (empty ones left out). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Fields(String id, String group, String title, String text, List<String> steps,
                  List<Integer> timerMinutes, String basis, String evidence, String caveat, List<String> sources) {
    }
}
