package org.crampcare.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crampcare.SharedCrampCare;
import org.crampcare.knowledge.Item;
import org.crampcare.triage.Assessor;
import org.junit.jupiter.api.Test;

/** How a submitted wizard screen becomes answers; above all, that nothing unanswered becomes "no". */
class ScreenReaderTest {
    private static final Assessor ASSESSOR = SharedCrampCare.BUILT_IN.assessor();
    private final ScreenReader reader = new ScreenReader(ASSESSOR);
    private final StepBuilder steps = new StepBuilder(ASSESSOR.knowledge());

    private ScreenReader.Outcome read(int step, Map<String, List<String>> form) {
        return read(step, form, WizardState.empty());
    }

    private ScreenReader.Outcome read(int step, Map<String, List<String>> form, WizardState state) {
        List<Item> shown = steps.shownItems(step, state.answers());
        return reader.read(shown, form, state);
    }

    @Test
    void blankAndDontKnowStayUnansweredNeverNo() {
        ScreenReader.Outcome out = read(0, Map.of("q.unbearable_pain", List.of("unknown"),
                "q.all_over_body", List.of("no")));
        assertThat(out.errors()).isEmpty();
        assertThat(out.state().answers()).containsOnlyKeys("all_over_body").containsEntry("all_over_body", false);
        assertThat(out.state().skipped()).contains("unbearable_pain", "toxin_exposure");
    }

    @Test
    void anUntickedListIsUnansweredUntilNoneOfTheseIsTicked() {
        assertThat(read(3, Map.of()).state().answers()).doesNotContainKeys("conditions", "medications");
        ScreenReader.Outcome none = read(3, Map.of("q.conditions", List.of("none")));
        assertThat(none.state().answers()).containsEntry("conditions", List.of());
    }

    @Test
    void noneTogetherWithAValueIsAnErrorNamingTheQuestion() {
        ScreenReader.Outcome out = read(3, Map.of("q.conditions", List.of("none", "diabetes")));
        assertThat(out.errors()).containsKey("conditions");
        assertThat(out.state().answers()).doesNotContainKey("conditions");
    }

    @Test
    void numbersAreCheckedAgainstTheItemsRange() {
        ScreenReader.Outcome out = read(2, Map.of("q.episodes_per_week", List.of("lots"),
                "q.episode_minutes", List.of("2000"), "q.pain_score", List.of("7")));
        assertThat(out.errors()).containsKeys("episodes_per_week", "episode_minutes");
        assertThat(((Number) out.state().answers().get("pain_score")).intValue()).isEqualTo(7);
    }

    @Test
    void aTickedDontKnowWinsOverATypedNumber() {
        ScreenReader.Outcome out = read(2, Map.of("q.episode_minutes", List.of("5"), "unknown.episode_minutes", List.of("1")));
        assertThat(out.state().answers()).doesNotContainKey("episode_minutes");
        assertThat(out.state().skipped()).contains("episode_minutes");
    }

    @Test
    void questionsThatDoNotApplyAreDropped() {
        ScreenReader.Outcome out = read(4, Map.of("q.sex", List.of("male"), "q.pregnant", List.of("yes")));
        assertThat(out.state().answers()).containsEntry("sex", "male").doesNotContainKey("pregnant");
    }

    @Test
    void answersOnOtherScreensAreKept() {
        WizardState before = new WizardState(Map.of("swelling", true), java.util.Set.of(), Map.of());
        ScreenReader.Outcome out = read(0, Map.of("q.unbearable_pain", List.of("no")), before);
        assertThat(out.state().answers()).containsEntry("swelling", true).containsEntry("unbearable_pain", false);
    }

    @Test
    void anUnchangedNumberFromTextKeepsItsTextMark() {
        WizardState before = WizardState.parse(new WizardState(Map.of("pain_score", 8), java.util.Set.of(),
                Map.of("pain_score", new TextAnswer(8, "pain about 8"))).toJson());
        assertThat(read(2, Map.of("q.pain_score", List.of("8")), before).state().fromText()).containsKey("pain_score");
    }

    @Test
    void changingATextAnswerRemovesItsTextMark() {
        WizardState before = new WizardState(Map.of("swelling", false), java.util.Set.of(),
                Map.of("swelling", new TextAnswer(false, "no swelling")));
        assertThat(read(1, Map.of("q.swelling", List.of("no")), before).state().fromText()).containsKey("swelling");
        assertThat(read(1, Map.of("q.swelling", List.of("yes")), before).state().fromText()).isEmpty();
    }

    @Test
    void stateSurvivesTheHiddenField() {
        WizardState state = new WizardState(Map.of("pain_score", 8L, "locations", List.of("calf")),
                java.util.Set.of("numbness"), Map.of("swelling", new TextAnswer(false, "no swelling")));
        WizardState back = WizardState.parse(state.toJson());
        assertThat(((Number) back.assess(ASSESSOR).answers().get("pain_score")).intValue()).isEqualTo(8);
        assertThat(back.skipped()).containsExactly("numbness");
        assertThat(back.fromText().get("swelling").quote()).isEqualTo("no swelling");
    }
}
