package org.crampcare.fhir;

import java.util.List;
import java.util.Optional;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.ResourceType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Resource;

/**
 * SDC's adaptive form ({@code Questionnaire/$next-question}) on the assessor's own adaptive logic.
 *
 * <p>The response carries a contained Questionnaire with the questions asked so far; this adds the
 * question the interview would ask next (emergency questions first, then those that could still
 * raise the level). Status: {@code completed} exactly when the assessment is complete,
 * {@code in-progress} while a question is added, and {@code stopped} when questions that could
 * raise the level remain but the person said "I don't know" (no answer) to every one of them.
 */
final class NextQuestionOperation {
    static final String CONTAINED_ID = "crampcare-adaptive";
    private final Assessor assessor;
    private final ResponseAnswers reader;
    private final QuestionnaireFactory questions;

    NextQuestionOperation(Assessor assessor, ResponseAnswers reader, QuestionnaireFactory questions) {
        this.assessor = assessor;
        this.reader = reader;
        this.questions = questions;
    }

    /** The response with the next question added, or finished; the client's answers are kept as sent. */
    QuestionnaireResponse next(QuestionnaireResponse response) {
        ResponseAnswers.Read read = reader.read(response);
        AssessmentResult result = Assessing.assess(assessor, AssessmentInput.of(read.answers()), read.unanswered());
        QuestionnaireResponse out = response.copy();
        Questionnaire adaptive = contained(out).orElseGet(NextQuestionOperation::newAdaptive);
        fill(adaptive);
        include(adaptive.getItem(), out.getItem());
        if (result.complete()) {
            out.setStatus(QuestionnaireResponseStatus.COMPLETED);
        } else if (result.nextQuestion() != null) {
            String id = result.nextQuestion().id();
            if (adaptive.getItem().stream().noneMatch(i -> id.equals(i.getLinkId()))) {
                adaptive.addItem(questions.question(id));
            }
            out.setStatus(QuestionnaireResponseStatus.INPROGRESS);
        } else {
            out.setStatus(QuestionnaireResponseStatus.STOPPED);
        }
        out.getContained().removeIf(r -> r instanceof Questionnaire);
        out.addContained(adaptive);
        out.setQuestionnaire("#" + adaptive.getIdElement().getIdPart());
        return out;
    }

    /**
     * Adds to the adaptive form every question the response already holds and the form lacks (a
     * client may start with answers of its own), so each answer has its question, as FHIR requires.
     */
    private void include(List<QuestionnaireItemComponent> form, List<QuestionnaireResponseItemComponent> answered) {
        for (QuestionnaireResponseItemComponent it : answered) {
            String id = it.getLinkId();
            QuestionnaireItemComponent present = form.stream().filter(q -> id.equals(q.getLinkId())).findFirst().orElse(null);
            if (present == null) {
                present = questions.isQuestion(id) ? questions.question(id) : questions.group(id);
                if (present == null) {
                    continue;
                }
                form.add(present);
            }
            if (present.getType() == Questionnaire.QuestionnaireItemType.GROUP) {
                include(present.getItem(), it.getItem());
            }
        }
    }

    private static Optional<Questionnaire> contained(QuestionnaireResponse response) {
        String ref = response.getQuestionnaire();
        for (Resource r : response.getContained()) {
            if (r instanceof Questionnaire q && (ref == null || ref.equals("#" + q.getIdElement().getIdPart()))) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    private static Questionnaire newAdaptive() {
        Questionnaire q = new Questionnaire();
        q.setId(CONTAINED_ID);
        return q;
    }

    /** The adaptive form's required parts, kept when the client already set them. */
    private static void fill(Questionnaire q) {
        if (!q.hasIdElement() || q.getIdElement().getIdPart() == null) {
            q.setId(CONTAINED_ID);
        }
        if (!q.hasStatus()) {
            q.setStatus(PublicationStatus.ACTIVE);
        }
        if (!q.hasTitle()) {
            q.setTitle("CrampCare cramp assessment (adaptive)");
        }
        if (!q.hasDerivedFrom()) {
            q.addDerivedFrom(Canonical.QUESTIONNAIRE);
        }
        if (!q.hasSubjectType()) {
            q.addSubjectType(ResourceType.PATIENT.toCode());
        }
    }
}
