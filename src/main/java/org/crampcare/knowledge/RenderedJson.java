package org.crampcare.knowledge;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * A fixed value's JSON, rendered once and copied into every response that carries it.
 *
 * <p>Reasons and advice items are projections of the knowledge made at start-up, and they are
 * most of every assessment response; copying their rendered bytes is much cheaper than
 * serialising them field by field per request. The text is a {@link SerializedString}, which
 * also keeps its UTF-8 bytes, so byte output copies them as they are.
 */
public final class RenderedJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SerializedString json;

    private RenderedJson(SerializedString json) {
        this.json = json;
    }

    /**
     * Renders the value with a plain mapper (its record components in order, its Jackson
     * annotations honoured); {@code what} names it in the error if it cannot be rendered.
     */
    public static RenderedJson of(Object value, String what) {
        try {
            return new RenderedJson(new SerializedString(JSON.writeValueAsString(value)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + what, e);
        }
    }

    /** Writes the rendered JSON as the next value. */
    public void writeTo(JsonGenerator gen) throws IOException {
        gen.writeRawValue(json);
    }

    /** The JSON text. */
    @Override
    public String toString() {
        return json.getValue();
    }
}
