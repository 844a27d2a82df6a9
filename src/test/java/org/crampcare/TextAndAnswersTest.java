package org.crampcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentResult;
import org.junit.jupiter.api.Test;

/**
 * When an input carries both answers and text, a person's explicit answer wins over what the text
 * seemed to say, and the text fills only what was not answered (hazard H-03): the answer is the
 * person's own confirmation, the reading a guess.
 */
class TextAndAnswersTest {
    private static final CrampCare CRAMPCARE = SharedCrampCare.BUILT_IN;

    @Test
    void anExplicitAnswerWinsOverTheText() {
        AssessmentResult r = CRAMPCARE.assessor().assess(new AssessmentInput(Map.of("swelling", false),
                "my calf cramps at night and the leg is swollen", null));
        assertThat(r.answers()).containsEntry("swelling", false);
        assertThat(r.fromText()).doesNotContain("swelling");
    }

    @Test
    void theTextFillsWhatWasNotAnswered() {
        AssessmentResult r = CRAMPCARE.assessor().assess(new AssessmentInput(Map.of("redness", false),
                "my calf cramps at night and the leg is swollen", null));
        assertThat(r.answers()).containsEntry("redness", false).containsEntry("swelling", true);
        assertThat(r.fromText()).contains("swelling");
        assertThat(r.triage()).isEqualTo(TriageLevel.URGENT);
    }
}
