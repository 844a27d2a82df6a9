package org.crampcare.triage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Language;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.selfcare.Advice;

/**
 * The outcome of an assessment, shaped as the public contract's output.
 *
 * <p>Serialises itself to the contract's JSON ({@link ResultJson}): {@code nextQuestion} is always
 * present (null when complete), {@code fromText}, {@code textEvidence} and {@code toConfirm} only
 * when not empty.
 *
 * @param answers      the merged, normalised answers actually used
 * @param fromText     ids of the answers that came from the free text (empty without text)
 * @param textEvidence the words in the free text behind each understood answer
 * @param toConfirm    signs the text hinted at that are still unanswered: asked first, quoting
 *                     the person, never set from the hint
 * @param language     the language of the result's texts (HTTP answers say it in
 *                     {@code Content-Language}; it is not part of the JSON)
 */
public record AssessmentResult(String policyVersion, TriageLevel triage, boolean complete,
                               NextQuestion nextQuestion,
                               List<Reason> reasons, Map<String, Object> answers, Advice advice,
                               List<String> fromText, List<TextEvidence> textEvidence,
                               List<Confirmation> toConfirm, Language language)
        implements JsonSerializable {
    public AssessmentResult {
        reasons = List.copyOf(reasons);
        fromText = List.copyOf(fromText);
        textEvidence = List.copyOf(textEvidence);
        toConfirm = List.copyOf(toConfirm);
    }

    /** The rule ids that fired, highest level first. */
    public List<String> ruleIds() {
        return reasons.stream().map(Reason::rule).toList();
    }

    @Override
    public void serialize(JsonGenerator gen, SerializerProvider provider) throws IOException {
        ResultJson.write(this, gen, provider);
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider provider, TypeSerializer type)
            throws IOException {
        serialize(gen, provider);
    }
}
