package org.crampcare.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.Language;
import org.junit.jupiter.api.Test;

/**
 * A question told after a story has that question as its focus, whatever the story; a text of one
 * sentence, a question whose "¿" follows a comma, and a story that asks nothing have none.
 *
 * <p>Every story is tried before every question (crossed), in English and Spanish, so the focus
 * cannot depend on one story's words.
 */
class FocusTest {
    private static final List<String> STORIES = List.of(
            "My boy is 8 and he plays rugby every Sunday.",
            "I'm 61, retired, and I walk the dog twice a day!",
            "Last night my wife woke up shouting, her calf was hard as a rock and she could not move her foot.",
            "Mi abuela tiene 80 años y casi no sale de casa.",
            "Trabajo de pie todo el día en una tienda. Llego muy cansada.");
    private static final List<String> QUESTIONS = List.of(
            "What should I do when it happens?",
            "Is it something for the doctor?",
            "¿Cuándo hay que llevarla al médico?",
            "¿Es normal a su edad?");

    @Test
    void theQuestionAfterAStoryIsTheFocus() {
        List<String> frames = STORIES.stream().map(story -> story + " %s").toList();
        assertThat(Crossed.misses(frames, QUESTIONS,
                (text, question) -> Focus.of(text, s -> false).equals(question.replaceAll("[¿?]", "").strip())))
                .isEmpty();
    }

    /**
     * A focus of question words alone ("Why?", "¿Es normal?") says the kind of answer and nothing of the
     * subject, so the story is not weighed down; a focus with a word of its own is.
     */
    @Test
    void aFocusOfQuestionWordsAloneNamesNoSubject() {
        AnswerTypes english = answerTypes(Language.EN);
        AnswerTypes spanish = answerTypes(Language.ES);
        for (String focus : List.of("Why", "Why is that", "How come", "What should I do", "Is it normal", "How long")) {
            assertThat(english.onlyCues(focus)).as(focus).isTrue();
        }
        for (String focus : List.of("Es normal", "Por qué", "Qué hago", "Cuánto dura")) {
            assertThat(spanish.onlyCues(focus)).as(focus).isTrue();
        }
        for (String focus : List.of("Why does my neck cramp", "Is it normal at my age", "What should I do about the calf")) {
            assertThat(english.onlyCues(focus)).as(focus).isFalse();
        }
        for (String focus : List.of("Es normal en el embarazo", "Por qué se me acalambra el pie")) {
            assertThat(spanish.onlyCues(focus)).as(focus).isFalse();
        }
    }

    /** The story before a question-word focus keeps its subject in the ranking: a neck stays a neck. */
    @Test
    void theStoryBeforeAQuestionWordKeepsItsSubject() {
        assertThat(SearchFixture.SEARCH.search("Cramp in my neck when I wake up. Why?", 3).answers().get(0).id())
                .isEqualTo("relief.neck.shoulder-rolls");
        assertThat(SearchFixture.SEARCH.search("Se me acalambró la pantorrilla y me salió una ampolla con la bolsa "
                + "caliente. ¿Es normal?", 3, Language.ES).answers().get(0).id()).isEqualTo("relief.heat");
    }

    private static AnswerTypes answerTypes(Language language) {
        KnowledgeBase kb = SearchFixture.KNOWLEDGE.in(language);
        SearchLexicon lexicon = LexiconLoader.load(KnowledgeFiles.builtIn(), kb);
        return new AnswerTypes(new TextAnalysis(language, lexicon.stopWords()), lexicon.answerTypes(), Passages.of(kb));
    }

    @Test
    void aStoryEndingWithoutAStopStaysOutOfTheFocusBeforeAQuestionMark() {
        String story = "Trabajo de pie todo el día en una tienda. Llego muy cansada";
        assertThat(Focus.of(story + " ¿Es normal a mi edad?", s -> false)).isEqualTo("Es normal a mi edad");
        assertThat(Focus.of(story + " is it normal at my age?", s -> false))
                .isEqualTo("Llego muy cansada is it normal at my age");
    }

    @Test
    void aCuedLastSentenceWithoutAQuestionMarkIsTheFocus() {
        assertThat(Focus.of("My legs cramp after tennis. how do I stop that", s -> s.startsWith("how")))
                .isEqualTo("how do I stop that");
        assertThat(Focus.of("My legs cramp after tennis. they hurt for days", s -> s.startsWith("how"))).isEmpty();
    }

    @Test
    void nearMissesHaveNoFocus() {
        for (String text : List.of("What should I do when my calf cramps at night?",
                "Me dio un calambre en el muslo corriendo, ¿cómo lo estiro de pie?",
                "Why do cramps happen? And why at night?",
                "My calf cramps. It hurts.",
                "",
                "?",
                "¿",
                "Cramps at night. ?")) {
            assertThat(Focus.of(text, s -> false)).as(text).isEmpty();
        }
    }
}
