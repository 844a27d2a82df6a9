package org.crampcare.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
        List<String> wrong = new ArrayList<>();
        for (String story : STORIES) {
            for (String question : QUESTIONS) {
                String focus = Focus.of(story + " " + question, s -> false);
                String expected = question.replaceAll("[¿?]", "").strip();
                if (!focus.equals(expected)) {
                    wrong.add(story + " " + question + " -> " + focus);
                }
            }
        }
        assertThat(wrong).isEmpty();
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
