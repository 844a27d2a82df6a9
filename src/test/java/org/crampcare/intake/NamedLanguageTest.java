package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.crampcare.knowledge.Language;
import org.crampcare.triage.TextReading;
import org.junit.jupiter.api.Test;

/**
 * A text read "in" a language it is clearly not written in is also read in the language it is
 * written in, and the safer reading kept (hazard H-03): naming the wrong language never hides a sign.
 */
class NamedLanguageTest {

    @Test
    void englishTextNamedSpanishStillFindsTheEmergency() {
        TextReading r = Reading.INTAKE.read("Suddenly I have painful cramps all over my body at once", Language.ES);
        assertThat(r.answers()).containsEntry("all_over_body", true);
        assertThat(r.language()).as("the named language stays the reading's language").isEqualTo(Language.ES);
    }

    @Test
    void spanishTextNamedEnglishStillFindsTheSigns() {
        TextReading r = Reading.INTAKE.read("Tengo calambres en todo el cuerpo a la vez y la pierna está muy hinchada",
                Language.EN);
        assertThat(r.answers()).containsEntry("all_over_body", true).containsEntry("swelling", true);
    }

    @Test
    void aTextInTheNamedLanguageIsReadAsBefore() {
        assertThat(Reading.INTAKE.read("My calf cramps at night, no swelling.", Language.EN).answers())
                .isEqualTo(Reading.INTAKE.read("My calf cramps at night, no swelling.", null).answers())
                .containsEntry("swelling", false);
        assertThat(Reading.INTAKE.read("Calambre en el gemelo por la noche, sin hinchazón.", Language.ES).answers())
                .containsEntry("swelling", false);
    }

    @Test
    void aDenialReadInOneLanguageIsNotUndoneByTheBareWordInTheOther() {
        for (String text : new String[] {"not swollen", "calf cramp, not swollen", "calf cramp. not swollen"}) {
            assertThat(Reading.answers(text)).as(text).containsEntry("swelling", false);
        }
    }

    @Test
    void aSignAffirmedOutsideTheDenialStillWins() {
        assertThat(Reading.answers("my calf is not swollen but la pierna está hinchada")).containsEntry("swelling", true);
    }

    @Test
    void aDenialTheOtherLanguageSawAndClosedDoesNotHideItsSign() {
        for (String text : new String[] {"no pain pero swollen", "no fever pero the calf is swollen"}) {
            assertThat(Reading.answers(text)).as(text).containsEntry("swelling", true);
        }
    }
}
