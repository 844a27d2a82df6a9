package org.crampcare.selfcare;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;

/**
 * Writes {@link Advice} as the {@code advice} object of the contract's output, field by field.
 *
 * <p>Advice is most of every assessment response, so it is written on the streaming API with
 * each item's JSON pre-rendered (see {@link AdviceItem}), instead of by generic bean
 * serialisation.
 */
final class AdviceJson {
    private static final SerializedString ACTION = new SerializedString("action");
    private static final SerializedString LEVEL = new SerializedString("level");
    private static final SerializedString LABEL = new SerializedString("label");
    private static final SerializedString TEXT = new SerializedString("text");
    private static final SerializedString RELIEF = new SerializedString("relief");
    private static final SerializedString RELIEF_NOTE = new SerializedString("reliefNote");
    private static final SerializedString PREVENTION = new SerializedString("prevention");
    private static final SerializedString POSSIBLE_FACTORS = new SerializedString("possibleFactors");
    private static final SerializedString FLUIDS = new SerializedString("fluids");
    private static final SerializedString PROVIDER_WILL_ASK = new SerializedString("providerWillAsk");
    private static final SerializedString QUESTIONS_TO_ASK = new SerializedString("questionsToAsk");
    private static final SerializedString CAVEATS = new SerializedString("caveats");
    private static final SerializedString PERSONAL = new SerializedString("personal");
    private static final SerializedString WITHHELD = new SerializedString("withheld");
    private static final SerializedString TARGETS = new SerializedString("targets");
    private static final SerializedString FROM_DRINKS_PERCENT = new SerializedString("fromDrinksPercent");
    private static final SerializedString NOTE = new SerializedString("note");
    private static final SerializedString SOURCES = new SerializedString("sources");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString LITRES = new SerializedString("litres");
    private static final SerializedString OUNCES = new SerializedString("ounces");
    private static final SerializedString GLASSES = new SerializedString("glasses");
    private static final SerializedString LITRES_FROM_DRINKS = new SerializedString("litresFromDrinks");

    private AdviceJson() {
    }

    static void write(Advice a, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(ACTION);
        action(a.action(), gen);
        items(RELIEF, a.relief(), gen);
        gen.writeFieldName(RELIEF_NOTE);
        nullableString(a.reliefNote(), gen);
        items(PREVENTION, a.prevention(), gen);
        items(POSSIBLE_FACTORS, a.possibleFactors(), gen);
        gen.writeFieldName(FLUIDS);
        fluids(a.fluids(), gen);
        items(PROVIDER_WILL_ASK, a.providerWillAsk(), gen);
        items(QUESTIONS_TO_ASK, a.questionsToAsk(), gen);
        gen.writeFieldName(CAVEATS);
        caveats(a, gen);
        gen.writeEndObject();
    }

    private static void action(Action action, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(LEVEL);
        gen.writeString(action.level().name());
        gen.writeFieldName(LABEL);
        nullableString(action.label(), gen);
        gen.writeFieldName(TEXT);
        nullableString(action.text(), gen);
        gen.writeEndObject();
    }

    private static void items(SerializedString name, List<AdviceItem> items, JsonGenerator gen) throws IOException {
        gen.writeFieldName(name);
        gen.writeStartArray();
        for (AdviceItem item : items) {
            item.writeTo(gen);
        }
        gen.writeEndArray();
    }

    private static void fluids(FluidAdvice f, JsonGenerator gen) throws IOException {
        if (f == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject();
        gen.writeFieldName(PERSONAL);
        gen.writeBoolean(f.personal());
        gen.writeFieldName(WITHHELD);
        gen.writeBoolean(f.withheld());
        gen.writeFieldName(TARGETS);
        gen.writeStartArray();
        for (FluidAdvice.Target t : f.targets()) {
            target(t, gen);
        }
        gen.writeEndArray();
        gen.writeFieldName(FROM_DRINKS_PERCENT);
        gen.writeNumber(f.fromDrinksPercent());
        gen.writeFieldName(NOTE);
        nullableString(f.note(), gen);
        gen.writeFieldName(SOURCES);
        gen.writeStartArray();
        for (String s : f.sources()) {
            gen.writeString(s);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void target(FluidAdvice.Target t, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(ID);
        nullableString(t.id(), gen);
        gen.writeFieldName(LABEL);
        nullableString(t.label(), gen);
        gen.writeFieldName(LITRES);
        gen.writeNumber(t.litres());
        gen.writeFieldName(OUNCES);
        gen.writeNumber(t.ounces());
        gen.writeFieldName(GLASSES);
        gen.writeNumber(t.glasses());
        gen.writeFieldName(LITRES_FROM_DRINKS);
        gen.writeNumber(t.litresFromDrinks());
        gen.writeEndObject();
    }

    private static void caveats(Advice a, JsonGenerator gen) throws IOException {
        gen.writeStartArray();
        for (String caveat : a.caveats()) {
            gen.writeString(caveat);
        }
        gen.writeEndArray();
    }

    private static void nullableString(String s, JsonGenerator gen) throws IOException {
        if (s == null) {
            gen.writeNull();
        } else {
            gen.writeString(s);
        }
    }
}
