package org.crampcare.triage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link AssessmentResult} as the contract's output JSON, field by field.
 *
 * <p>Written by hand on Jackson's streaming API because it is the body of every assessment
 * response: generic bean serialisation spent more time here than the assessment itself. The
 * field order and the rules for empty values are those of the contract's examples; the
 * contract tests compare real responses with the output schema.
 */
final class ResultJson {
    private static final SerializedString POLICY_VERSION = new SerializedString("policyVersion");
    private static final SerializedString TRIAGE = new SerializedString("triage");
    private static final SerializedString COMPLETE = new SerializedString("complete");
    private static final SerializedString NEXT_QUESTION = new SerializedString("nextQuestion");
    private static final SerializedString REASONS = new SerializedString("reasons");
    private static final SerializedString ANSWERS = new SerializedString("answers");
    private static final SerializedString ADVICE = new SerializedString("advice");
    private static final SerializedString FROM_TEXT = new SerializedString("fromText");
    private static final SerializedString TEXT_EVIDENCE = new SerializedString("textEvidence");
    private static final SerializedString TO_CONFIRM = new SerializedString("toConfirm");

    private ResultJson() {
    }

    static void write(AssessmentResult r, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(POLICY_VERSION);
        gen.writeString(r.policyVersion());
        gen.writeFieldName(TRIAGE);
        gen.writeString(r.triage().name());
        gen.writeFieldName(COMPLETE);
        gen.writeBoolean(r.complete());
        gen.writeFieldName(NEXT_QUESTION);
        provider.defaultSerializeValue(r.nextQuestion(), gen);
        gen.writeFieldName(REASONS);
        gen.writeStartArray();
        for (Reason reason : r.reasons()) {
            reason.serialize(gen, provider);
        }
        gen.writeEndArray();
        gen.writeFieldName(ANSWERS);
        answers(r.answers(), gen, provider);
        gen.writeFieldName(ADVICE);
        provider.defaultSerializeValue(r.advice(), gen);
        if (!r.fromText().isEmpty()) {
            gen.writeFieldName(FROM_TEXT);
            strings(r.fromText(), gen);
        }
        if (!r.textEvidence().isEmpty()) {
            gen.writeFieldName(TEXT_EVIDENCE);
            provider.defaultSerializeValue(r.textEvidence(), gen);
        }
        if (!r.toConfirm().isEmpty()) {
            gen.writeFieldName(TO_CONFIRM);
            provider.defaultSerializeValue(r.toConfirm(), gen);
        }
        gen.writeEndObject();
    }

    /** Canonical answers: Boolean, Integer, Double, String or a list of strings (see AnswerNormalizer). */
    private static void answers(Map<String, Object> answers, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
        gen.writeStartObject();
        for (Map.Entry<String, Object> e : answers.entrySet()) {
            gen.writeFieldName(e.getKey());
            Object v = e.getValue();
            if (v instanceof Boolean b) {
                gen.writeBoolean(b);
            } else if (v instanceof Integer i) {
                gen.writeNumber(i);
            } else if (v instanceof String s) {
                gen.writeString(s);
            } else if (v instanceof Double d) {
                gen.writeNumber(d);
            } else if (v instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                gen.writeStartArray();
                for (Object item : list) {
                    gen.writeString((String) item);
                }
                gen.writeEndArray();
            } else {
                provider.defaultSerializeValue(v, gen);
            }
        }
        gen.writeEndObject();
    }

    private static void strings(List<String> values, JsonGenerator gen) throws IOException {
        gen.writeStartArray();
        for (String v : values) {
            gen.writeString(v);
        }
        gen.writeEndArray();
    }
}
