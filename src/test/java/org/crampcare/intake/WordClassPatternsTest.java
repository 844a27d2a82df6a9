package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampcare.intake.Reading.answers;

import java.util.ArrayList;
import java.util.List;
import org.crampcare.triage.Confirmation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lexicon's word-class patterns and the mechanisms added with them, on sentences written for
 * these tests (none from an evaluation set): each covers a family of wordings, and each has
 * near-misses that must not fire.
 */
class WordClassPatternsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The calf cramp was so strong I could not bear it any longer.",
        "I simply cannot endure this cramp, it has my whole foot twisted.",
        "Unable to tolerate the pain from the hamstring spasm.",
        "I can't really handle this pain, the thigh is locked.",
        "My back spasm is more than anyone could put up with.",
        "I am not able to stand the cramping any more.",
        "the pain is unbareable in my calf"})
    void inabilityWithEnduranceIsUnbearable(String text) {
        assertThat(answers(text)).containsEntry("unbearable_pain", true);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "When my calf cramps I can't stand up straight.",
        "I can't take my tablets with food, and my feet cramp at night.",
        "I couldn't tolerate statins, and now I get cramps in my thighs.",
        "My calf cramps at night but I can't take any more painkillers this week.",
        "My knee can't support my weight after the thigh cramp.",
        "If I ever could not bear the pain I would ring for help; my calf cramps twice a week."})
    void inabilityWithoutEnduringPainIsNot(String text) {
        assertThat(answers(text)).doesNotContainEntry("unbearable_pain", true);
    }

    @Test
    void barelyBearingIsAskedQuotingThePerson() {
        TextReadingView r = TextReadingView.of("My foot cramp is awful, I can barely stand it.");
        assertThat(r.answers()).doesNotContainKey("unbearable_pain");
        assertThat(r.confirm()).contains("unbearable_pain");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "I had been spraying the greenfly on my roses without gloves and then my hands cramped.",
        "Put down slug bait along the beds this morning, now my calves keep cramping.",
        "Used some powder for ants under the sink and my forearms started to spasm."})
    void pestControlIsAnExposure(String text) {
        assertThat(answers(text)).containsEntry("toxin_exposure", true);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "My hamstring cramps made me come off at half time on Saturday.",
        "I have to sit out most of the second half because my calves cramp.",
        "The foot cramps keep making me pull out of races."})
    void havingToLeavePlayInterferes(String text) {
        assertThat(answers(text)).containsEntry("interferes_with_daily_life", true);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "My calf cramps every evening and stretching it does nothing.",
        "I stretch my toes back but it makes zero difference to the cramps."})
    void aRemedyThatChangesNothingIsNoRelief(String text) {
        assertThat(answers(text)).containsEntry("no_relief_from_stretching", true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nothing swollen, nothing red, just a calf cramp now and then.|swelling",
        "Nothing swollen, nothing red, just a calf cramp now and then.|redness",
        "My foot went numb after the operation, that's all sorted now. My calf cramps at night.|numbness",
        "I read online that swelling is a bad sign. My calf cramps once a week.|swelling"})
    void deniedResolvedOrReadAboutSignsAreNotSet(String text, String item) {
        assertThat(answers(text)).doesNotContainEntry(item, true);
    }

    @Test
    void aBareHotBesideTheWeatherIsAskedNotSet() {
        TextReadingView r = TextReadingView.of("Cramped up on a run along the coast, it was hot, 32 degrees.");
        assertThat(r.answers()).doesNotContainKey("warmth");
        assertThat(r.confirm()).contains("warmth");
        assertThat(answers("My calf feels hot to the touch, and it was 30 degrees out.")).containsEntry("warmth", true);
    }

    @Test
    void walkingThenStoppingInTheNextSentenceIsClaudication() {
        assertThat(answers("My calves cramp when I walk the dog. I have to stop and rest until it eases."))
                .containsEntry("walking_cramps_ease_with_rest", true);
    }

    @Test
    void aBruiseAsAWayOfAchingIsNoSkinChange() {
        assertThat(answers("After the calf cramp it aches like a bruise for a day.")).doesNotContainKey("skin_changes");
        assertThat(answers("After the calf cramp the skin looks like a bruise.")).containsEntry("skin_changes", true);
    }

    @Test
    void aShortOpenerComesBeforeAParentsReport() {
        assertThat(answers("Dad here. My son is 10 and gets calf cramps at night."))
                .containsEntry("age", 10).containsEntry("sex", "male");
    }

    @ParameterizedTest(name = "{0} -> {1} min")
    @CsvSource(delimiter = '|', value = {
        "Calf cramp on the bus home. Two minutes and gone.|2",
        "The cramp in my thigh released after 4 minutes.|4",
        "My hamstring cramped, settled after 40 seconds.|0.6666666666666666"})
    void timesAfterACrampAreItsDuration(String text, double minutes) {
        assertThat(((Number) answers(text).get("episode_minutes")).doubleValue()).isEqualTo(minutes);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Cramp in my calf last night. Slept 8 hours after that.", "Cramp in my calf. Slept 8 hours."})
    void sleepAfterACrampIsNotItsDuration(String text) {
        assertThat(answers(text)).doesNotContainKey("episode_minutes");
    }

    @ParameterizedTest(name = "{0} -> {1}/week")
    @CsvSource(delimiter = '|', value = {
        "My toes cramp four times in one day.|28",
        "My calves cramp three times in 1 week.|3"})
    void oneUnitOfThePeriodReadsAsA(String text, double perWeek) {
        assertThat(((Number) answers(text).get("episodes_per_week")).doubleValue()).isEqualTo(perWeek);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"My thigh cramped on the ladder and it's eased now.", "The foot cramp subsided, thank goodness."})
    void aPastEndingSaysTheCrampIsOver(String text) {
        assertThat(answers(text)).containsEntry("cramping_now", false);
    }

    /** A reading's answers and the items it asks to confirm. */
    private record TextReadingView(java.util.Map<String, Object> answers, List<String> confirm) {
        static TextReadingView of(String text) {
            var r = Reading.of(text);
            List<String> items = new ArrayList<>();
            r.toConfirm().stream().map(Confirmation::item).forEach(items::add);
            return new TextReadingView(r.answers(), items);
        }
    }
}
