package org.crampcare.fhir;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.LevelInfo;
import org.crampcare.knowledge.Rule;
import org.crampcare.knowledge.TriageLevel;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;

/**
 * A triage result as a RiskAssessment: the level in {@code prediction[0].qualitativeRisk} (a code
 * of the triage-level code system), every fired rule as a {@code reasonCode} with its explanation,
 * and the rule's sources as a citation note.
 *
 * <p>An incomplete result (a question that could raise the level is unanswered) says so in a
 * note and in {@code prediction[0].rationale}: a clinic must not read it as the final word.
 */
final class RiskAssessments {
    /** How a result that may still rise is flagged, word for word, so a test can find it. */
    static final String INCOMPLETE = "Not complete: a question that could raise this level was not answered, "
            + "so the level may be higher.";
    private final KnowledgeBase knowledge;
    private final Map<String, Rule> rules;

    RiskAssessments(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.rules = knowledge.rules().stream().collect(Collectors.toMap(Rule::id, Function.identity()));
    }

    /**
     * The RiskAssessment of a result.
     *
     * @param ruleIds the rules that fired, highest level first
     */
    RiskAssessment of(TriageLevel level, List<String> ruleIds, boolean complete, Reference subject, Date when) {
        RiskAssessment ra = new RiskAssessment();
        ra.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
        ra.setSubject(subject);
        ra.setOccurrence(new DateTimeType(when));
        ra.setCode(new CodeableConcept().setText("CrampCare triage of muscle cramps"));
        ra.setMethod(new CodeableConcept().setText("CrampCare triage policy version " + knowledge.policyVersion()));
        LevelInfo info = knowledge.level(level);
        RiskAssessment.RiskAssessmentPredictionComponent prediction = ra.addPrediction()
                .setOutcome(new CodeableConcept().setText("Level of care the cramps need now"))
                .setQualitativeRisk(new CodeableConcept(new Coding(Canonical.codeSystem(Canonical.TRIAGE_LEVEL_ID),
                        level.name(), info.label())).setText(info.label()))
                .setRationale(info.action() + (complete ? "" : " " + INCOMPLETE));
        for (String id : ruleIds) {
            Rule rule = rules.get(id);
            Coding coding = new Coding(Canonical.codeSystem(Canonical.TRIAGE_RULE_ID), id,
                    rule == null ? "Rule " + id : "Rule " + id + " (" + rule.when().describe() + ")");
            ra.addReasonCode(new CodeableConcept(coding).setText(rule == null ? "Rule " + id : rule.explanation()));
            if (rule != null) {
                ra.addNote().setText("Rule " + id + " (" + rule.level().name() + ") sources: "
                        + String.join("; ", CodeSystems.citations(knowledge, rule.sources())));
            }
        }
        if (!complete) {
            ra.addNote().setText(INCOMPLETE);
        }
        return ra;
    }
}
