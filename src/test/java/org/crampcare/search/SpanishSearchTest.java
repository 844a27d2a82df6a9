package org.crampcare.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampcare.search.SearchFixture.SEARCH;

import java.util.List;
import org.crampcare.knowledge.Language;
import org.junit.jupiter.api.Test;

/** Questions asked in Spanish: read with the Spanish analysis, vocabulary and scope, answered in Spanish. */
class SpanishSearchTest {

    private static SearchResult es(String question) {
        return SEARCH.search(question, 5, Language.ES);
    }

    private static String firstId(String question) {
        return es(question).answers().get(0).id();
    }

    @Test
    void aSpanishQuestionGetsTheSpanishTextOfTheRightEntry() {
        SearchAnswer a = es("¿Cómo estiro la pantorrilla cuando me da un calambre?").answers().get(0);
        assertThat(a.id()).startsWith("relief.calf.");
        assertThat(a.title()).containsIgnoringCase("pantorrilla");
        assertThat(a.highlighted()).contains("<mark>");
    }

    @Test
    void accentsAreOptionalAndVerbFormsMeetTheirNouns() {
        assertThat(firstId("¿Qué músculos se acalambran más?")).isEqualTo(firstId("que musculos se acalambran mas"));
        assertThat(firstId("estiramientos para un calambre en la parte de atras del muslo"))
                .isEqualTo("relief.hamstring.toes-toward-you");
    }

    @Test
    void wordsTypedAsTheySoundAreCorrected() {
        assertThat(firstId("cuanto tiempo me pongo ielo en el musculo adolorido")).isEqualTo("relief.ice");
        assertThat(firstId("el potacio bajo da calambres?")).isIn("factors.electrolytes", "facts.deficiency",
                "prevention.supplements");
    }

    @Test
    void nounsInCionMeetTheirVerbsAndAManIsNoShoulder() {
        TextAnalysis spanish = new TextAnalysis(Language.ES, List.of());
        assertThat(spanish.stems("deshidratación")).isEqualTo(spanish.stems("deshidratado"))
                .isEqualTo(spanish.stems("deshidratacion"));
        assertThat(spanish.stems("inflamación")).isEqualTo(spanish.stems("inflamado"));
        assertThat(spanish.stems("hombre")).isNotEqualTo(spanish.stems("hombros"));
        assertThat(spanish.stems("pesas")).isNotEqualTo(spanish.stems("peso"));
        assertThat(firstId("cuánta agua tiene que tomar un hombre al día")).isEqualTo("prevention.fluids.daily-amounts");
    }

    @Test
    void regionalWordsForCrampsAndTheCalfAreSynonyms() {
        assertThat(firstId("me dio una rampa en el gemelo, como la quito")).startsWith("relief.calf.");
        assertThat(firstId("se me engarrota la mano cuando escribo")).isEqualTo("relief.hand.stretch");
    }

    @Test
    void spanglishAndBrandNamesMeetTheWordsOfTheKnowledge() {
        assertThat(firstId("por que me dan cramps cuando tomo water pills")).isEqualTo("factors.medicine.diuretic");
        assertThat(firstId("Tomo Lipitor para el colesterol y me dan calambres")).isEqualTo("factors.medicine.statin");
        assertThat(firstId("se me engarrota la pierna en la chamba de tanto estar parado"))
                .isEqualTo("prevention.standing-on-concrete");
    }

    @Test
    void askingWhetherACrampCanKillFindsWhetherCrampsAreDangerous() {
        assertThat(firstId("¿Se puede morir de un calambre?")).isEqualTo("facts.dangerous");
    }

    @Test
    void howOftenQuestionsAreAnsweredThoughTheyNameNoCramp() {
        assertThat(firstId("cada cuánto me pongo la bolsa de hielo")).isEqualTo("relief.ice");
        assertThat(es("¿Cuántas veces al día me pongo hielo en el gemelo?").answers()).isNotEmpty();
    }

    @Test
    void greetingsTranslationsShocksAndDosesByBrandAreNotCovered() {
        assertThat(es("hola buenas noches").notCovered()).isEqualTo("saludos y conversación");
        assertThat(es("buenas noches, me despiertan los calambres en las piernas").answers())
                .as("a greeting before a cramp question").isNotEmpty();
        assertThat(es("¿Cómo se dice calambre en inglés?").answers()).isEmpty();
        assertThat(es("me dio calambre el enchufe").notCovered()).isEqualTo("descargas eléctricas");
        assertThat(firstId("bicicleta estática antes de dormir para los calambres"))
                .isEqualTo("prevention.night.light-exercise");
        assertThat(firstId("cuanto tiempo dejo la almoada electrica en la pierna acalanbrada"))
                .as("a heating pad is no electric shock, typed with slips too").isEqualTo("relief.heat");
        assertThat(es("¿Cuántos Advil me puedo tomar al día?").notCovered())
                .isEqualTo("dosis de medicamentos y suplementos");
        assertThat(es("how many mg of magnesium for cramps").answers()).isEmpty();
    }

    @Test
    void askingWhyFindsCauses() {
        assertThat(es("¿por qué me dan calambres en las piernas de noche?").answers()).extracting(SearchAnswer::id)
                .first().isIn("facts.night-cramps", "facts.why");
    }

    @Test
    void subjectsNotCoveredGetNoAnswersNamedInSpanish() {
        SearchResult dose = es("¿Cuántos miligramos de magnesio debo tomar al día para los calambres?");
        assertThat(dose.answers()).isEmpty();
        assertThat(dose.notCovered()).isEqualTo("dosis de medicamentos y suplementos");
        assertThat(es("tengo cólicos muy fuertes con la regla").answers()).isEmpty();
        assertThat(es("mi perro tiene espasmos en la pata").answers()).isEmpty();
        assertThat(es("me torcí el tobillo jugando").answers()).isEmpty();
        assertThat(es("¿cuánto tiempo se toma un relajante muscular?").answers()).as("how long is no dose").isNotEmpty();
    }

    @Test
    void aQuestionNamingNoCrampIsAnsweredOnlyWhenTheKnowledgeSpeaksOfAllOfIt() {
        assertThat(es("receta de pastel de chocolate").answers()).isEmpty();
        assertThat(es("me duele una muela, qué hago").answers()).isEmpty();
        assertThat(es("¿cuánta agua necesita una mujer al día?").answers()).extracting(SearchAnswer::id)
                .first().isEqualTo("prevention.fluids.daily-amounts");
        assertThat(es("que es la distonia").answers()).extracting(SearchAnswer::id).first().isEqualTo("facts.dystonia");
    }

    /**
     * A question that tells what a cramp does without the word for it (a seizing word or a remedy with a
     * part of the body where cramps happen, es/scope.yaml subjectTogether) is answered; pain in a joint,
     * the skin or the weather is not such a description.
     */
    @Test
    void aQuestionDescribingACrampWithoutTheWordIsAnswered() {
        assertThat(es("se me ponen tiesas las manos cuando plancho").answers()).isNotEmpty();
        assertThat(es("en la madrugada se me recoge el dedo gordo del pie").answers()).isNotEmpty();
        assertThat(firstId("cuánto rato dejo la bolsa de hielo en el muslo")).isEqualTo("relief.ice");
        assertThat(es("me duele la rodilla al bajar escaleras").answers()).isEmpty();
        assertThat(es("la piel de los talones se me pone dura").answers()).isEmpty();
        assertThat(es("me da calambre la manija del coche cada mañana").notCovered())
                .as("a static shock").isEqualTo("descargas eléctricas");
    }

    @Test
    void warningSignsAreFoundInSpanishAndShownInSpanish() {
        SearchResult r = es("tengo la pantorrilla hinchada y roja después de un calambre");
        assertThat(r.describesSymptoms()).isTrue();
        assertThat(r.warningSigns()).extracting(WarningSign::rule).contains("U1");
        assertThat(r.warningSigns().get(0).explanation()).isEqualTo(
                SearchFixture.KNOWLEDGE.in(Language.ES).rules().stream().filter(x -> x.id().equals(
                        r.warningSigns().get(0).rule())).findFirst().orElseThrow().explanation());
        assertThat(es("mi pierna está sin hinchazón, solo tengo un calambre").describesSymptoms()).isFalse();
        assertThat(es("no tengo la pierna hinchada, solo un calambre").describesSymptoms())
                .as("a negation further back than three words is not trusted: showing the signs is the safe side")
                .isTrue();
        assertThat(es("la pantorrilla se puede hinchar?").describesSymptoms()).as("not about the person").isFalse();
    }

    @Test
    void englishQuestionsAreStillReadInEnglish() {
        assertThat(SEARCH.search("how long should I ice a cramp", 3).answers().get(0).id()).isEqualTo("relief.ice");
        assertThat(SEARCH.search("how long should I ice a cramp", 3, Language.EN).answers().get(0).title())
                .doesNotContain("Hielo");
        assertThat(List.of(Language.values())).hasSize(2);
    }
    /**
     * The calf "going up" (se me sube el gemelo, se me subió el chamorro) is a cramp, so a runner's
     * question about it is answered although a marathon alone is general fitness.
     */
    @Test
    void aCalfThatGoesUpIsACramp() {
        assertThat(es("en la media maratón siempre se me sube el gemelo, cómo lo estiro").answers()).isNotEmpty();
        assertThat(firstId("se me subió el chamorro nadando, qué hago")).startsWith("relief.");
        assertThat(es("plan de entrenamiento para un maratón").answers()).isEmpty();
    }

    /**
     * "No te acalambres" is Mexican slang for "don't be scared", not a cramp, unless it is said of
     * preventing one ("para que no te acalambres"); a shock from touching an appliance is electric.
     */
    @Test
    void slangAndShocksFromTouchingThingsAreNotCovered() {
        assertThat(es("mi suegra siempre dice no te acalambres, qué significa").notCovered())
                .isEqualTo("expresiones y modismos");
        assertThat(es("qué tomo para que no te acalambres en la carrera").answers()).isNotEmpty();
        assertThat(es("me da calambre si toco la lavadora").notCovered()).isEqualTo("descargas eléctricas");
        assertThat(es("se me acalambra la mano al cerrar el grifo").answers()).isNotEmpty();
    }

    /**
     * Numbness said as "asleep", weakness and clumsiness in plain words find the entries about them; "dormido"
     * also stems as sleep ("dormir"), so the night entries stay close.
     */
    @Test
    void warningSignsInPlainWordsFindTheirEntries() {
        assertThat(es("después del calambre siento el muslo como dormido").describesSymptoms()).isTrue();
        assertThat(es("se me quedaron dormidos los dedos de la mano tras el calambre, ¿es grave?").answers().subList(0, 3))
                .extracting(SearchAnswer::id).contains("provider.help.numbness-skin");
        assertThat(firstId("con los calambres se me caen las cosas y me tropiezo, ¿qué será?"))
                .isEqualTo("provider.help.nerve-signs");
    }
}
