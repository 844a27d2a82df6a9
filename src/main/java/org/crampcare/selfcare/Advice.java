package org.crampcare.selfcare;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.util.List;

/**
 * Personal self-care advice for an assessment result. Every item cites its sources.
 *
 * <p>Serialises itself to the contract's JSON ({@link AdviceJson}).
 *
 * @param reliefNote why relief steps are withheld (urgent or emergency results), or null
 * @param caveats    the evidence caveats of the advice shown, once each
 */
public record Advice(Action action, List<AdviceItem> relief, String reliefNote, List<AdviceItem> prevention,
                     List<AdviceItem> possibleFactors, FluidAdvice fluids, List<AdviceItem> providerWillAsk,
                     List<AdviceItem> questionsToAsk, List<String> caveats)
        implements JsonSerializable {
    public Advice {
        relief = List.copyOf(relief);
        prevention = List.copyOf(prevention);
        possibleFactors = List.copyOf(possibleFactors);
        providerWillAsk = List.copyOf(providerWillAsk);
        questionsToAsk = List.copyOf(questionsToAsk);
        caveats = List.copyOf(caveats);
    }

    @Override
    public void serialize(JsonGenerator gen, SerializerProvider provider) throws IOException {
        AdviceJson.write(this, gen);
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider provider, TypeSerializer type)
            throws IOException {
        serialize(gen, provider);
    }
}
