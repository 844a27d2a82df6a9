package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampcare.intake.Reading.es;

import java.util.List;
import org.crampcare.knowledge.Language;
import org.crampcare.triage.Confirmation;
import org.crampcare.triage.TextReading;
import org.junit.jupiter.api.Test;

/**
 * The Spanish lexicon read by the one engine, on sentences of our own: Spanish negation,
 * hypotheticals, other people, the resolved past, numbers in words and frequencies, accents left
 * out and slips, and the confirm-first safety net. Every text is read as Spanish, as with
 * {@code "language": "es"}.
 */
class SpanishReadingTest {

    @Test
    void negationWithNoSinNiNuncaTampocoNingunSetsFalse() {
        assertThat(es("No tengo hinchazón y la pierna no está roja.")).containsEntry("swelling", false)
                .containsEntry("redness", false);
        assertThat(es("Calambre en el gemelo, sin hinchazón, sin hormigueo.")).containsEntry("swelling", false)
                .containsEntry("tingling", false).containsEntry("locations", List.of("calf"));
        assertThat(es("No está hinchado ni caliente.")).containsEntry("swelling", false).containsEntry("warmth", false);
        assertThat(es("Nunca se me ha dormido el pie.")).containsEntry("numbness", false);
        assertThat(es("Tampoco tengo debilidad en las piernas.")).containsEntry("weakness", false);
        assertThat(es("Ningún cambio de color en la piel.")).containsEntry("skin_changes", false);
        assertThat(es("No tomo ningún medicamento.")).containsEntry("medications", List.of());
    }

    @Test
    void aFrontedDenialDeniesWhatOpensItsClause() {
        assertThat(es("Me da un calambre en el muslo; hinchada no la tengo.")).containsEntry("swelling", false);
    }

    @Test
    void negationEndsAtPeroAndNeverHidesWhatFollows() {
        assertThat(es("No tengo hinchazón pero se me durmió el pie después del calambre."))
                .containsEntry("swelling", false).containsEntry("numbness", true);
    }

    @Test
    void hypotheticalsSetNothing() {
        assertThat(es("Si se me hincha la pierna voy al médico.")).doesNotContainKey("swelling");
        assertThat(es("Me dieron estas indicaciones por si se pone morado el pie.")).doesNotContainKey("skin_changes");
        assertThat(es("En caso de que se ponga caliente, aviso.")).doesNotContainKey("warmth");
    }

    @Test
    void aConditionalKeepsItsScopePastADenialInsideIt() {
        assertThat(es("Me da un calambre al mes, y si algún día no lo aguanto iré a urgencias."))
                .doesNotContainKey("unbearable_pain");
        assertThat(es("¿Qué hago en caso de que no sienta los dedos?")).doesNotContainKey("numbness");
        assertThat(es("Si me toco la pantorrilla no siento nada.")).as("a plain 'si' states a habit")
                .containsEntry("numbness", true);
    }

    @Test
    void otherPeoplesSignsAreTheirs() {
        assertThat(es("Mi madre tiene las piernas hinchadas y toma furosemida. A mí me dan calambres en los pies.")).doesNotContainKeys("swelling", "medications");
        assertThat(es("Mi vecino tiene diabetes; yo tengo calambres en los pies.")).doesNotContainKey("conditions")
                .containsEntry("locations", List.of("foot"));
        assertThat(es("Mi esposa tiene la mano dormida, yo no; a mí me dan calambres en la pantorrilla.")).doesNotContainEntry("numbness", true);
    }

    @Test
    void aParentsReportIsAboutTheChild() {
        assertThat(es("Mi hijo de 12 años tiene calambres en las pantorrillas y la pierna hinchada."))
                .containsEntry("age", 12).containsEntry("swelling", true).containsEntry("sex", "male");
    }

    @Test
    void aSharedExposureCountsWhenTheWriterWasThereAndIsConfirmedOtherwise() {
        assertThat(es("Mi papá fumigó la huerta mientras yo estaba ahí y ahora tengo calambres."))
                .containsEntry("toxin_exposure", true);
        TextReading apart = Reading.INTAKE.read("Mi tío fumigó su campo el lunes. Me dan calambres en los pies.", Language.ES);
        assertThat(apart.answers()).doesNotContainKey("toxin_exposure");
        assertThat(apart.toConfirm()).containsExactly(new Confirmation("toxin_exposure", "fumigó"));
    }

    @Test
    void resolvedPastSetsNothing() {
        assertThat(es("Tuve hormigueo en los pies, pero ya no.")).doesNotContainKey("tingling");
        assertThat(es("El año pasado tuve la pierna hinchada. Hoy un calambre en el gemelo.")).doesNotContainKey("swelling");
        assertThat(es("Dejé de tomar la atorvastatina en marzo.")).doesNotContainKey("medications");
    }

    @Test
    void numbersInWordsAndDurations() {
        assertThat(es("Me dura veinte minutos cada calambre.")).containsEntry("episode_minutes", 20.0);
        assertThat(es("El calambre duró media hora.")).containsEntry("episode_minutes", 30.0);
        assertThat(es("Calambres de 40 minutos de duración en la espalda.")).containsEntry("episode_minutes", 40.0);
        assertThat(es("El dolor del calambre es como un siete de diez.")).containsEntry("pain_score", 7);
        assertThat(es("Corro 12 km y hace 3 meses que entreno.")).doesNotContainKeys("episode_minutes", "episodes_per_week");
    }

    @Test
    void aDurationBeyondADayIsReadAsADay() {
        assertThat(es("Un calambre en el muslo que duró 48 horas.")).containsEntry("episode_minutes", 1440.0);
    }

    @Test
    void spanishFrequencies() {
        assertThat(es("Me dan calambres dos veces por semana.")).containsEntry("episodes_per_week", 2.0);
        assertThat(es("Calambres en los pies todas las noches.")).containsEntry("episodes_per_week", 7.0);
        assertThat(es("Me da un calambre un día sí y otro no.")).containsEntry("episodes_per_week", 3.5);
        assertThat(es("Los calambres me dan los lunes, miércoles y viernes.")).containsEntry("episodes_per_week", 3.0);
        assertThat(es("Tengo calambres una vez al mes.")).containsEntry("episodes_per_week", 0.25);
        assertThat(es("Hago diálisis tres veces por semana.")).doesNotContainKey("episodes_per_week");
    }

    @Test
    void accentsAreOptionalAndSlipsAreRead() {
        assertThat(es("calambre en la pantorrilla con hinchazon")).containsEntry("swelling", true);
        assertThat(es("tengo el pie inchado despues del calambre")).containsEntry("swelling", true);
        assertThat(es("un calambre insoportabel en el muslo")).containsEntry("unbearable_pain", true);
    }

    @Test
    void aWeakHintIsConfirmedQuotingThePersonNeverSet() {
        TextReading r = Reading.INTAKE.read("Tengo un calambre en la pantorrilla y estoy gritando.", Language.ES);
        assertThat(r.answers()).doesNotContainKey("unbearable_pain");
        assertThat(r.toConfirm()).extracting(Confirmation::item).contains("unbearable_pain");
    }

    @Test
    void theLanguageIsDetectedAndANamedOneIsKeptWithoutHidingWhatTheTextSays() {
        TextReading detected = Reading.INTAKE.read("me dan calambres en la pantorrilla todas las noches", null);
        assertThat(detected.language()).isEqualTo(Language.ES);
        assertThat(detected.answers()).containsEntry("episodes_per_week", 7.0);
        assertThat(Reading.INTAKE.read("my calf cramps every night", null).language()).isEqualTo(Language.EN);
        TextReading forced = Reading.INTAKE.read("me dan calambres en la pantorrilla todas las noches", Language.EN);
        assertThat(forced.language()).isEqualTo(Language.EN);
        assertThat(forced.answers()).as("clearly Spanish, so also read as Spanish (H-03)")
                .containsEntry("episodes_per_week", 7.0).containsEntry("locations", java.util.List.of("calf"));
    }

    @Test
    void aWordOnlyOneLexiconKnowsIsFoundWhenTheLanguageCannotBeTold() {
        assertThat(Reading.INTAKE.detect("hinchada").sure()).as("one word cannot tell the language").isFalse();
        assertThat(Reading.INTAKE.read("hinchada", null).answers()).containsEntry("swelling", true);
        assertThat(Reading.INTAKE.detect("swollen").sure()).isFalse();
        assertThat(Reading.INTAKE.read("swollen", null).answers()).containsEntry("swelling", true);
    }

    @Test
    void aTextTooShortToTellIsReadInBothAndTheSaferReadingKept() {
        LanguageDetector.Verdict verdict = Reading.INTAKE.detect("edema");
        assertThat(verdict.sure()).isFalse();
        assertThat(Reading.INTAKE.read("edema", null).answers()).containsEntry("swelling", true);
    }
    @Test
    void aPresentCrampBeforeATimeAgoHasLastedThatLong() {
        assertThat(es("Tengo un calambre en la planta del pie desde hace 50 minutos.")).containsEntry("episode_minutes", 50.0);
        assertThat(es("Estoy con un calambre en la espalda hace como 45 minutos.")).containsEntry("episode_minutes", 45.0);
    }

    @Test
    void aCrampThatEndedAgoIsNotADurationEvenWhenSomethingElseGoesOn() {
        assertThat(es("El calambre del muslo se me pasó hace tres horas pero la pierna sigue doliendo."))
                .doesNotContainKey("episode_minutes");
        assertThat(es("Me dio un calambre en el gemelo hace 20 minutos y todavía lo tengo."))
                .containsEntry("episode_minutes", 20.0);
    }

    @Test
    void aReportedAdultsAgeFollowsItsLinkWordOrAPersonWordEndingInOne() {
        assertThat(es("Consulto por mi mamá de 83 años: le dan calambres en los pies.")).containsEntry("age", 83);
        assertThat(es("Mi abuelo tiene 90 y le dan calambres en las pantorrillas.")).containsEntry("age", 90);
    }

    @Test
    void aCountOfChildrenOrABabysMonthsIsNoAge() {
        assertThat(es("Soy mamá de cuatro. Me dan calambres en los pies.")).doesNotContainKey("age");
        assertThat(es("Le doy pecho a mi bebé de tres meses y me dan calambres en las manos.")).doesNotContainKey("age");
    }

    @Test
    void aColonEndsADoubt() {
        assertThat(es("No sé si será el calor: me dan calambres en el cuello dos veces por semana."))
                .containsEntry("locations", List.of("neck"));
    }

    @Test
    void stretchingThatWorksIsSaidWithManyVerbs() {
        assertThat(es("Me dio un calambre en el pie, lo jalé hacia arriba y se fue.")).containsEntry("no_relief_from_stretching", false);
        assertThat(es("Se me acalambraron los dedos del pie, los subí con la mano y pasó.")).containsEntry("no_relief_from_stretching", false);
    }

    @Test
    void aFormerSmokerDoesNotSmoke() {
        assertThat(es("Soy exfumadora y me dan calambres en el muslo.")).doesNotContainKey("factors");
        assertThat(es("Dejé de fumar hace diez años; me dan calambres en la pantorrilla.")).doesNotContainKey("factors");
    }
}
