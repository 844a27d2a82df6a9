package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampcare.intake.Reading.answers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Everyday words: medicines by brand, lay condition names, inflection, body parts. */
class VocabularyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "I take Lasix every morning.|diuretic",
        "I'm on bumetanide.|diuretic",
        "I take a water tablet.|diuretic",
        "My GP put me on HCTZ.|diuretic",
        "I take Lipitor.|statin",
        "I'm on Crestor for cholesterol.|statin",
        "simvastatin 40 mg at night|statin",
        "I take levothyroxine.|other"})
    void medicinesByNameOrClass(String text, String value) {
        assertThat(answers(text).get("medications")).asList().contains(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "I've had sugar diabetes for years.|diabetes",
        "I have an underactive thyroid.|thyroid_disease",
        "I have kidney failure.|kidney_disease",
        "I was diagnosed with MND last year.|als",
        "I have poor circulation in my legs.|peripheral_artery_disease",
        "I have Parkinson's.|parkinsons",
        "I've got heart failure.|cardiovascular_disease",
        "I've got cirrhosis of the liver.|cirrhosis"})
    void conditionsInLayTerms(String text, String value) {
        assertThat(answers(text).get("conditions")).asList().contains(value);
    }

    @Test
    void inflectionCaseAndPunctuationAreTolerated() {
        assertThat(answers("It SWELLS up.")).containsEntry("swelling", true);
        assertThat(answers("the swelling is bad")).containsEntry("swelling", true);
        assertThat(answers("Pins-and-needles!")).containsEntry("tingling", true);
        assertThat(answers("My toes tingled.")).containsEntry("tingling", true);
    }

    @Test
    void everydayWordsForUrgentSigns() {
        assertThat(answers("I can't feel my toes.")).containsEntry("numbness", true);
        assertThat(answers("It's puffy and hot to the touch."))
                .containsEntry("swelling", true).containsEntry("warmth", true);
        assertThat(answers("My foot has gone blue.")).containsEntry("skin_changes", true);
        assertThat(answers("It's the worst pain of my life.")).containsEntry("unbearable_pain", true);
        assertThat(answers("Cramps in my whole body at once.")).containsEntry("all_over_body", true);
        assertThat(answers("It started after I used weed killer.")).containsEntry("toxin_exposure", true);
    }

    @Test
    void achingAllOverIsNotCrampingAllOver() {
        assertThat(answers("I ache all over after the gym.")).doesNotContainKey("all_over_body");
        assertThat(answers("Every muscle in my body is locked up!")).containsEntry("all_over_body", true);
    }

    @Test
    void weatherHeatIsAFactorNotWarmth() {
        assertThat(answers("It was a hot day and my calf cramped during the match."))
                .doesNotContainKey("warmth")
                .containsEntry("factors", List.of("exercise_in_heat"));
    }

    @Test
    void theLongestPhraseWinsWithinAnItem() {
        assertThat(answers("A cramp in the back of my thigh.")).containsEntry("locations", List.of("hamstring"));
        assertThat(answers("Stretching doesn't help the cramp.")).containsEntry("no_relief_from_stretching", true);
        assertThat(answers("A gentle stretch sorts the cramp out.")).containsEntry("no_relief_from_stretching", false);
    }

    @Test
    void bodyPartsCountOnlyWhereACrampIs() {
        assertThat(answers("My legs cramp and I get pins and needles in my feet."))
                .doesNotContainKey("locations");
        assertThat(answers("Since this morning: cramps in both calves, my hands, even my stomach."))
                .containsEntry("locations", List.of("calf", "hand", "abdomen"));
    }
}
