package org.crampcare.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpellingCorrectorTest {
    private static final SpellingCorrector CORRECTOR = new SpellingCorrector(Map.of("unbearable", 1,
            "swollen", 1, "numbness", 1, "redness", 1, "numb", 1, "cramp", 3, "camp", 1, "hot", 1, "red", 1,
            "pesticide", 1));

    @Test
    void swappedLettersCountAsOneSlip() {
        assertThat(EditDistance.between("cramp", "carmp", 2)).isEqualTo(1);
        assertThat(EditDistance.between("hamstrng", "hamstring", 2)).isEqualTo(1);
        assertThat(EditDistance.between("ice", "heat", 1)).isEqualTo(2);
    }

    @Test
    void toleranceGrowsWithLength() {
        assertThat(SpellingCorrector.allowedEdits(3)).isZero();
        assertThat(SpellingCorrector.allowedEdits(4)).isEqualTo(1);
        assertThat(SpellingCorrector.allowedEdits(8)).isEqualTo(1);
        assertThat(SpellingCorrector.allowedEdits(9)).isEqualTo(2);
    }

    @Test
    void slipsWithinTheToleranceAreCorrected() {
        assertThat(CORRECTOR.closest("unbearible")).contains(new SpellingCorrector.Correction("unbearable", 1));
        assertThat(CORRECTOR.closest("unberible")).contains(new SpellingCorrector.Correction("unbearable", 2));
        assertThat(CORRECTOR.closest("swolen")).contains(new SpellingCorrector.Correction("swollen", 1));
        assertThat(CORRECTOR.closest("redenss")).contains(new SpellingCorrector.Correction("redness", 1));
        assertThat(CORRECTOR.closest("pestiside")).contains(new SpellingCorrector.Correction("pesticide", 1));
    }

    @Test
    void slipsBeyondTheToleranceAreNot() {
        assertThat(CORRECTOR.closest("swlln")).as("two edits on five letters").isEmpty();
        assertThat(CORRECTOR.closest("nmbnss")).isEmpty();
    }

    @Test
    void shortWordsNeverMatchFuzzilyEitherWay() {
        assertThat(CORRECTOR.closest("hit")).as("three letters are never corrected").isEmpty();
        assertThat(CORRECTOR.closest("bed")).isEmpty();
        assertThat(CORRECTOR.closest("redd")).as("nor corrected into a three-letter word").isEmpty();
    }

    @Test
    void fewerEditsThenHeavierWordsWinTies() {
        assertThat(CORRECTOR.closest("carmp")).as("camp is one edit too, but cramp is heavier")
                .contains(new SpellingCorrector.Correction("cramp", 1));
        assertThat(CORRECTOR.closest("numbb")).contains(new SpellingCorrector.Correction("numb", 1));
    }
}
