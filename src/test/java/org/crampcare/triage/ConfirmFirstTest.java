package org.crampcare.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.crampcare.intake.TextIntake;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.knowledge.TriageLevel;
import org.junit.jupiter.api.Test;

/** Signs the text only hints at: asked first, quoting the person, never set, cleared by an answer. */
class ConfirmFirstTest {
    private static final KnowledgeBase KB = KnowledgeLoader.builtIn();
    private static final Assessor ASSESSOR = Assessor.create(KB, TextIntake.builtIn(KB));
    private static final String HINT = "My calf cramps every night and my leg is pufy since.";

    @Test
    void aHintedUrgentSignIsAskedFirstQuotingThePersonAndNeverSet() {
        AssessmentResult r = ASSESSOR.assess(new AssessmentInput(Map.of("unbearable_pain", false,
                "all_over_body", false, "toxin_exposure", false), HINT));

        assertThat(r.answers()).doesNotContainKey("swelling");
        assertThat(r.triage()).isEqualTo(TriageLevel.APPOINTMENT);
        assertThat(r.toConfirm()).containsExactly(new Confirmation("swelling", "pufy"));
        assertThat(r.nextQuestion().id()).isEqualTo("swelling");
        assertThat(r.nextQuestion().quote()).isEqualTo("pufy");
    }

    @Test
    void emergencySignsAreConfirmedBeforeUrgentOnes() {
        AssessmentResult r = ASSESSOR.assess(AssessmentInput.ofText(
                "my leg is pufy and I can't keep going like this, calf and foot cramping at once"));

        assertThat(r.toConfirm()).extracting(Confirmation::item)
                .containsExactlyInAnyOrder("unbearable_pain", "all_over_body", "swelling");
        assertThat(r.nextQuestion().id()).isEqualTo("unbearable_pain");
        assertThat(r.nextQuestion().quote()).isEqualTo("can't keep going");
    }

    @Test
    void anExplicitAnswerClearsTheItemToConfirm() {
        AssessmentResult r = ASSESSOR.assess(new AssessmentInput(Map.of("swelling", false), HINT));

        assertThat(r.toConfirm()).isEmpty();
        assertThat(r.answers()).containsEntry("swelling", false);
        assertThat(r.nextQuestion().quote()).isNull();
    }

    @Test
    void aSkippedItemIsNotOfferedAgainButStaysToConfirm() {
        AssessmentResult r = ASSESSOR.assess(new AssessmentInput(Map.of("unbearable_pain", false,
                "all_over_body", false, "toxin_exposure", false), HINT), Set.of("swelling"));

        assertThat(r.nextQuestion().id()).isNotEqualTo("swelling");
        assertThat(r.toConfirm()).extracting(Confirmation::item).containsExactly("swelling");
    }

    @Test
    void theJsonCarriesToConfirmAndTheQuote() throws Exception {
        JsonNode json = AssessmentJson.mapper().readTree(AssessmentJson.write(ASSESSOR.assess(AssessmentInput.ofText(HINT))));

        assertThat(json.path("toConfirm").get(0).path("item").asText()).isEqualTo("swelling");
        assertThat(json.path("toConfirm").get(0).path("quote").asText()).isEqualTo("pufy");
        assertThat(AssessmentJson.mapper().readTree(AssessmentJson.write(ASSESSOR.assess(AssessmentInput.ofText(
                "calf cramps twice a week")))).has("toConfirm")).as("left out when empty").isFalse();
    }
}
