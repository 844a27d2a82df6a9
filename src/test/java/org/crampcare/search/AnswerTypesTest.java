package org.crampcare.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.Language;
import org.junit.jupiter.api.Test;

/**
 * The kind of answer a question asks for, read from the shipped cue phrases, the kinds the shipped
 * entries give, and what that changes in the ranking. Our own sentences, none taken from an
 * evaluation set.
 */
class AnswerTypesTest {
    private static final AnswerTypes ENGLISH = of(Language.EN);
    private static final AnswerTypes SPANISH = of(Language.ES);

    @Test
    void readsTheKindOfAnswerAnEnglishQuestionAsksFor() {
        assertThat(ENGLISH.of("how long should a heat pack stay on my thigh")).contains("how_long");
        assertThat(ENGLISH.of("how many glasses of water does a nursing mother need")).contains("how_much");
        assertThat(ENGLISH.of("when should I phone the GP about night cramps")).contains("when");
        assertThat(ENGLISH.of("should I phone the GP about night cramps")).contains("should_i");
        assertThat(ENGLISH.of("why do my feet cramp in the swimming pool")).contains("why");
        assertThat(ENGLISH.of("what is claudication")).contains("what_is");
        assertThat(ENGLISH.of("which pills are known to bring on cramps")).contains("which");
        assertThat(ENGLISH.of("is it normal to get a cramp while yawning")).contains("is_it_normal");
        assertThat(ENGLISH.of("how do I loosen a knotted shoulder")).contains("how_to");
        assertThat(ENGLISH.of("cramp calf")).isEmpty();
    }

    @Test
    void readsTheKindOfAnswerASpanishQuestionAsksFor() {
        assertThat(SPANISH.of("¿cuánto tiempo me dejo la compresa caliente?")).contains("how_long");
        assertThat(SPANISH.of("¿cuántos vasos de agua al día?")).contains("how_much");
        assertThat(SPANISH.of("¿por qué se me acalambran los dedos?")).contains("why");
        assertThat(SPANISH.of("¿qué es la claudicación?")).contains("what_is");
        assertThat(SPANISH.of("¿es normal que me tiemble el músculo sin dolor?")).contains("is_it_normal");
        assertThat(SPANISH.of("¿cuándo voy a urgencias?")).contains("when");
    }

    /**
     * A Spanish question marked with "¿...?" is read there for its kind: the story told before it may use
     * "como" (like), which reads as "cómo" (how) once accents are dropped. Unmarked text is read whole.
     */
    @Test
    void theMarkedPartOfASpanishQuestionSaysWhatIsAsked() {
        assertThat(AnswerTypes.asked("Tengo el brazo como de trapo. ¿Debo ir al médico? Gracias")).isEqualTo("Debo ir al médico");
        assertThat(AnswerTypes.asked("¿Me pasa algo? ¿Cuánto dura esto")).isEqualTo("Me pasa algo. Cuánto dura esto");
        assertThat(AnswerTypes.asked("como quito un calambre")).isEmpty();
        assertThat(AnswerTypes.asked("how long do cramps last?")).isEmpty();
        assertThat(SPANISH.of("cuánto me va a durar el dolor")).contains("how_long");
        assertThat(SPANISH.of("¿le pasa a todas las mujeres?")).contains("is_it_normal");
    }

    /**
     * Asking how to keep cramps away is its own kind, so the entries that prevent them win over the ones
     * that explain them; "tardar" and "demorar" ask how long, and "son normales" whether it is normal.
     */
    @Test
    void spanishAsksToPreventHowLongItTakesAndWhetherItIsNormalInItsOwnWords() {
        assertThat(SPANISH.of("¿qué como para que no me vuelvan los calambres?")).contains("prevent");
        assertThat(SPANISH.of("¿cómo evito las rampas al nadar?")).contains("prevent");
        assertThat(SPANISH.of("¿qué puedo hacer para que ya no me den de noche?")).contains("prevent");
        assertThat(SPANISH.of("¿qué hago cuando me da uno?")).contains("how_to");
        assertThat(SPANISH.of("¿cuánto tarda en aflojar el músculo?")).contains("how_long");
        assertThat(SPANISH.of("¿cuánto demoran en irse los calambres?")).contains("how_long");
        assertThat(SPANISH.of("¿son normales los tirones a los 70 años?")).contains("is_it_normal");
    }

    @Test
    void anEntryGivesTheKindsItsListedQuestionsAskFor() {
        Passage p = new Passage("x", "facts", "Cramps and heat", "Some text.", List.of(),
                List.of("how long does a heat cramp last", "why does heat cause cramps"), List.of(), List.of("healthline"),
                "sources", 1f);
        AnswerTypes types = new AnswerTypes(new TextAnalysis(List.of()), lexicon(Language.EN).answerTypes(), List.of(p));
        assertThat(types.gives("x", "how_long")).isTrue();
        assertThat(types.gives("x", "why")).isTrue();
        assertThat(types.gives("x", "which")).isFalse();
    }

    /**
     * An entry that says it answers "how long" states a duration, so a question about time never gets
     * an entry without the time (issue #14, kind 4); checked in every language.
     */
    @Test
    void everyEntryThatAnswersHowLongStatesADuration() {
        Pattern english = Pattern.compile("(?i)\\b(seconds?|minutes?|hours?|days?|weeks?|months?)\\b");
        Pattern spanish = Pattern.compile("(?i)\\b(segundos?|minutos?|horas?|d[ií]as?|semanas?|mes|meses)\\b");
        List<String> without = new ArrayList<>();
        for (Language language : Language.all()) {
            KnowledgeBase kb = SearchFixture.KNOWLEDGE.in(language);
            List<Passage> passages = Passages.of(kb);
            AnswerTypes types = of(language);
            Pattern duration = language == Language.EN ? english : spanish;
            for (Passage p : passages) {
                if (types.gives(p.id(), "how_long") && !duration.matcher(p.text()).find()) {
                    without.add(language + " " + p.id());
                }
            }
        }
        assertThat(without).isEmpty();
    }

    @Test
    void aHowLongQuestionGetsTheEntryWithTheDuration() {
        SearchAnswer first = SearchFixture.SEARCH.search("for how long do doctors usually give muscle relaxers", 5).answers().get(0);
        assertThat(first.text()).contains("two to three weeks");
        SearchAnswer primero = SearchFixture.SEARCH.search("¿por cuánto tiempo recetan los relajantes musculares?", 5, Language.ES)
                .answers().get(0);
        assertThat(primero.text()).contains("tres semanas");
    }

    private static AnswerTypes of(Language language) {
        KnowledgeBase kb = SearchFixture.KNOWLEDGE.in(language);
        SearchLexicon lexicon = lexicon(language);
        return new AnswerTypes(new TextAnalysis(language, lexicon.stopWords()), lexicon.answerTypes(), Passages.of(kb));
    }

    private static SearchLexicon lexicon(Language language) {
        return LexiconLoader.load(KnowledgeFiles.builtIn(), SearchFixture.KNOWLEDGE.in(language));
    }
}
