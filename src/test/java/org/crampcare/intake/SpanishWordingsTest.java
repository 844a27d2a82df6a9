package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampcare.intake.Reading.es;

import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Language;
import org.crampcare.triage.Confirmation;
import org.crampcare.triage.TextReading;
import org.junit.jupiter.api.Test;

/**
 * The Spanish lexicon's word-class patterns and regional words, each beside a near-miss that must
 * not fire: pain beyond bearing in every tense and region, several regions cramping together,
 * everyday poisons, a part put into a colour, regional work and body words, Spanglish, clinical
 * shorthand, and a caregiver's report about an adult. Sentences of our own, never from an
 * evaluation set.
 */
class SpanishWordingsTest {

    @Test
    void painBeyondBearingInAnyTenseOrRegion() {
        assertThat(es("Anoche el calambre del gemelo no lo podía soportar.")).containsEntry("unbearable_pain", true);
        assertThat(es("Che, ya no lo banco más, la batata está dura.")).containsEntry("unbearable_pain", true);
        assertThat(es("No pude aguantarlo, el calambre del muslo me hizo llorar.")).containsEntry("unbearable_pain", true);
        assertThat(es("Me muero del dolor con este calambre en el pie.")).containsEntry("unbearable_pain", true);
        assertThat(es("Ya no doy más con este dolor en la pantorrilla.")).containsEntry("unbearable_pain", true);
    }

    @Test
    void enduringSomethingElseOrBearablePainIsNotBeyondBearing() {
        assertThat(es("No soporto el calor y me dan calambres en los gemelos.")).doesNotContainEntry("unbearable_pain", true);
        assertThat(es("No aguanto estar parada mucho rato, me dan calambres.")).doesNotContainEntry("unbearable_pain", true);
        assertThat(es("No es que no aguante el dolor, se aguanta; calambre en el muslo."))
                .doesNotContainEntry("unbearable_pain", true);
        assertThat(es("No me muero del dolor, pero molesta el calambre.")).doesNotContainEntry("unbearable_pain", true);
    }

    @Test
    void yaNoPuedoMasIsUnbearableOnlyWhenItSpeaksOfThePain() {
        assertThat(es("Ya no puedo más con este calambre en el gemelo.")).containsEntry("unbearable_pain", true);
        TextReading work = Reading.INTAKE.read("Ya no puedo más con el trabajo. A veces un calambre en el pie.", Language.ES);
        assertThat(work.answers()).doesNotContainKeys("unbearable_pain", "interferes_with_daily_life");
        assertThat(work.toConfirm()).as("still asked, quoting the person")
                .containsExactly(new Confirmation("unbearable_pain", "Ya no puedo más"));
    }

    @Test
    void regionsCrampingTogetherInRegionalWords() {
        assertThat(es("Se me engarrotaron a la misma vez las gambas, los brazos y la espalda.")).containsEntry("all_over_body", true);
        assertThat(es("Calambres en las patas, la guata y los brazos, todo junto.")).containsEntry("all_over_body", true);
        assertThat(es("A veces en las piernas, otras en los brazos o la espalda, nunca al mismo tiempo."))
                .doesNotContainEntry("all_over_body", true);
    }

    @Test
    void everydayPoisonsAndTheirNearMisses() {
        assertThat(es("Eché veneno para las hormigas en el patio y ahora tengo calambres en la panza."))
                .containsEntry("toxin_exposure", true).doesNotContainKey("tingling");
        assertThat(es("Estuve sulfatando la viña y me dieron calambres en los brazos.")).containsEntry("toxin_exposure", true);
        assertThat(es("Mezclé cloro con el limpiador del baño y después me dieron calambres.")).containsEntry("toxin_exposure", true);
        assertThat(es("Siento como hormigas en los pies después del calambre.")).containsEntry("tingling", true)
                .doesNotContainKey("toxin_exposure");
    }

    @Test
    void aPartPutIntoAColourIsASkinChange() {
        assertThat(es("Después del espasmo se me puso la mano blanca blanca.")).containsEntry("skin_changes", true);
        assertThat(es("Tras el calambre no le vuelve el color al pie.")).containsEntry("skin_changes", true);
        assertThat(es("Me puse la media blanca y me dio un calambre en el pie.")).doesNotContainKey("skin_changes");
    }

    @Test
    void regionalWorkWordsAndTirednessTiedToTheCramps() {
        assertThat(es("Los calambres en la espalda no me dejan laburar.")).containsEntry("interferes_with_daily_life", true);
        assertThat(es("Por los calambres ya no puedo chambear tranquilo.")).containsEntry("interferes_with_daily_life", true);
        assertThat(es("Estoy agotada del trabajo. Un calambre en el pie al mes.")).doesNotContainKey("interferes_with_daily_life");
    }

    @Test
    void theUsualPainSaidNotToBeWhatIsLeftIsSeverePainPersisting() {
        assertThat(es("Ya se me quitó el calambre pero quedó un dolor que no es como el de siempre."))
                .containsEntry("severe_pain_persists", true);
        assertThat(es("Ya se me quitó el calambre y no me quedó dolor.")).doesNotContainEntry("severe_pain_persists", true);
    }

    @Test
    void frontedDenialsWithTenerAndEstar() {
        assertThat(es("Calambre en la espalda. Hinchazón no tengo, adormecimiento tampoco."))
                .containsEntry("swelling", false).containsEntry("numbness", false);
        assertThat(es("Calambres en los gemelos; hinchado no estoy.")).containsEntry("swelling", false);
        assertThat(es("No tengo fuerza y el gemelo está hinchado.")).containsEntry("swelling", true);
    }

    @Test
    void aBareNoClosingItsClauseDeniesWhatOpensIt() {
        assertThat(es("Hinchado no, rojo tampoco, solo el calambre en el gemelo.")).containsEntry("swelling", false)
                .containsEntry("redness", false);
        assertThat(es("Tengo el pie hinchado, no sé por qué, después del calambre.")).containsEntry("swelling", true);
    }

    @Test
    void whatTheCrampLeftIsNotAMedicineLeftOff() {
        assertThat(es("El calambre me dejó la pierna sin sensibilidad.")).containsEntry("numbness", true);
        assertThat(es("Dejé la atorvastatina hace un mes.")).doesNotContainKey("medications");
    }

    @Test
    void scoresAndNightsInEverydayWords() {
        assertThat(es("Calambre en el pie, un 7 de dolor.")).containsEntry("pain_score", 7);
        assertThat(es("Calambre en el gemelo; tengo 3 de los 5 dedos torcidos.")).doesNotContainKey("pain_score");
        assertThat(es("Me dan calambres toas las noches en las canillas.")).containsEntry("episodes_per_week", 7.0)
                .containsEntry("locations", List.of("calf"));
    }

    @Test
    void spanglishAndClinicalShorthand() {
        assertThat(es("Tengo el calf bien swollen después del cramp.")).containsEntry("swelling", true)
                .containsEntry("locations", List.of("calf"));
        assertThat(es("Se me quedó el pie numb después del calambre.")).containsEntry("numbness", true);
        assertThat(es("Tengo un cramp en el calf que no puedo handle, literally me muero.")).containsEntry("unbearable_pain", true);
        assertThat(es("No puedo handle el trabajo y tengo un cramp en el calf.")).doesNotContainKey("unbearable_pain");
        assertThat(es("Calambre en el gemelo, s/ edema, s/ cambios de coloración.")).containsEntry("swelling", false)
                .containsEntry("skin_changes", false);
        assertThat(es("Calambres en MMSS, MMII y abdomen simultáneos.")).containsEntry("all_over_body", true);
    }

    @Test
    void aCaregiversReportAboutAnAdultIsTheAdultsOwn() {
        Map<String, Object> mum = es("Consulta por mi mamá, 79 años. Le dan calambres en la pantorrilla y la tiene hinchada.");
        assertThat(mum).containsEntry("age", 79).containsEntry("sex", "female").containsEntry("swelling", true);
        assertThat(es("Mi papá de 70 años estuvo echando raticida y ahora tiene calambres en los brazos."))
                .containsEntry("toxin_exposure", true).containsEntry("age", 70).containsEntry("sex", "male");
        assertThat(es("Le escribo por mi esposo: se le durmió la pierna después del calambre.")).containsEntry("numbness", true);
    }

    @Test
    void anAdultNamedInPassingStaysSomeoneElse() {
        Map<String, Object> passing = es("Tengo 40 años y mi papá de 70 años tiene la pierna hinchada. Yo, calambres en el pie.");
        assertThat(passing).doesNotContainKey("swelling").containsEntry("age", 40);
        assertThat(es("Mi mamá tiene las piernas hinchadas. Yo tengo calambres en el pie.")).doesNotContainKey("swelling");
        assertThat(es("Mi mom toma Lipitor y yo tengo cramps en el calf.")).doesNotContainKey("medications");
    }
}
