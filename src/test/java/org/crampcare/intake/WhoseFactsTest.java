package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.crampcare.knowledge.Language;
import org.crampcare.triage.Confirmation;
import org.crampcare.triage.TextReading;
import org.junit.jupiter.api.Test;

/**
 * Whose facts a stretch of text gives (issues #13 and #18): possessive openers of another person's
 * scope ("my bf's leg", "Gran's been"), third-person words that carry it on ("se le duerme", "a él le
 * dan", "her leg, it blew up"), a person who only says whose someone is ("el abuelo de mis hijos") or
 * describes a thing ("donde mi cuñado guardaba"), and a person opening the text with an age. Each
 * beside a control where the writer's own red flag, right after another person's mention, still counts.
 * Sentences of our own, never from an evaluation set.
 */
class WhoseFactsTest {

    @Test
    void aPossessiveOpensAnotherPersonsScope() {
        assertThat(Reading.en("my gf's ankle swelled right up after a cramp once, but mine is only a small calf cramp"))
                .doesNotContainKey("swelling");
        assertThat(Reading.en("Dad's calf went red and hot after his cramp last month. I only get a quick foot cramp."))
                .doesNotContainKeys("redness", "warmth");
        assertThat(Reading.en("my hubby's foot went numb after a cramp at work, I've just had a twinge in my thigh"))
                .doesNotContainKey("numbness");
    }

    @Test
    void theWritersOwnRedFlagAfterAnotherPersonStillCounts() {
        assertThat(Reading.en("my wife had a clot once; my own calf is swollen and hot now")).containsEntry("swelling", true)
                .containsEntry("warmth", true);
        assertThat(Reading.en("my bf's leg was fine after his cramp, but my calf is red and swollen now"))
                .containsEntry("redness", true).containsEntry("swelling", true);
        assertThat(Reading.en("Nan's legs cramp too. My foot has gone numb since the cramp this morning."))
                .containsEntry("numbness", true);
    }

    @Test
    void itCarriesTheOtherPersonsTopicButItsRedFlagIsAsked() {
        TextReading reading = Reading.INTAKE.read(
                "Grandad's been poorly with his foot, it went purple and cold. I get cramps in my calf at night.",
                Language.EN);
        assertThat(reading.answers()).doesNotContainKey("skin_changes");
        assertThat(reading.toConfirm()).extracting(Confirmation::item).contains("skin_changes");
        // Only a stretch that speaks of them again ("his foot") carries their topic on: "it" after
        // anything else is the writer's (review, seventh pass).
        assertThat(Reading.en("my husband had a look at it, it is swollen and hot")).containsEntry("swelling", true);
    }

    @Test
    void itAfterTheWriterSpeaksIsTheWriters() {
        assertThat(Reading.en("my sister had cramps as well, I had one last night and it is swollen now"))
                .containsEntry("swelling", true);
        assertThat(Reading.en("my mum gets cramps, my calf cramped and it's red and hot")).containsEntry("redness", true);
    }

    @Test
    void spanishThirdPersonWordsCarryTheScopeOn() {
        assertThat(Reading.es("mi hermana dice que cuando le dan calambres se le hincha el tobillo y se le pone rojo; a mí solo me dan en el muslo"))
                .doesNotContainKeys("swelling", "redness");
        assertThat(Reading.es("Mi papá toma pastillas para la presión, y a él le dan calambres con la pierna morada. Yo solo en el pie."))
                .doesNotContainKey("skin_changes");
        assertThat(Reading.es("a mi vecina se le duermen las manos con los calambres, a mí me da uno en la pantorrilla de vez en cuando"))
                .doesNotContainKey("numbness");
    }

    @Test
    void spanishWritersOwnRedFlagAfterAnotherPersonStillCounts() {
        assertThat(Reading.es("a mi hermano le dio un coágulo hace años; a mí se me hinchó la pantorrilla ayer"))
                .containsEntry("swelling", true);
        assertThat(Reading.es("mi mamá dice que le dan calambres, y yo tengo la pierna roja y caliente"))
                .containsEntry("redness", true);
    }

    @Test
    void aPersonWhoOnlySaysWhoseSomeoneIsIsNotThePerson() {
        Map<String, Object> grandfather = Reading.es("Le escribo por la abuela de mis nietos, 79 años. Tiene calambres en las piernas y no los aguanta.");
        assertThat(grandfather).containsEntry("age", 79).containsEntry("unbearable_pain", true).containsEntry("sex", "female");
        assertThat(Reading.en("I'm writing for the grandad of my kids, aged 81. He has cramps in his calf and it is swollen."))
                .containsEntry("age", 81).containsEntry("swelling", true);
    }

    @Test
    void aPersonAfterAPlaceWordOnlyDescribesAThing() {
        assertThat(Reading.es("Pregunto por mi papá: bebió de un frasco donde mi primo había puesto insecticida y ahora tiene calambres en los brazos."))
                .containsEntry("toxin_exposure", true);
        assertThat(Reading.en("I'm writing for my mum. She drank from a bottle where my brother kept weedkiller and now her arms are cramping."))
                .containsEntry("toxin_exposure", true);
    }

    @Test
    void anAdultOpeningTheTextWithAnAgeIsThePerson() {
        assertThat(Reading.en("My husband is 62 and his calf cramps every night now, it wakes him. He says the calf is swollen."))
                .containsEntry("swelling", true).containsEntry("wakes_at_night", true);
        assertThat(Reading.en("My partner is 45 and gets thigh cramps; my own feet are fine.")).doesNotContainKey("swelling");
    }
}
