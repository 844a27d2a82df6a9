package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Language;
import org.junit.jupiter.api.Test;

/**
 * Every common way of writing a pain score gives that score, wherever it stands in the text and
 * whatever other numbers stand beside it, in both languages.
 *
 * <p>Why generated: a score form that only one context reads right ("7 on a scale of 10" read as 10,
 * because "scale" is a pain word) over-triages, and a score taken from a distance or an age
 * under-triages. Each form is crossed with contexts that put it first, last, after a distance, after
 * a duration and next to an age and a tablet count.
 */
class PainScoreFormsTest {
    private static final Map<Integer, String> ENGLISH_WORDS = Map.of(3, "three", 5, "five", 7, "seven", 8, "eight", 9, "nine");
    private static final Map<Integer, String> SPANISH_WORDS = Map.of(3, "tres", 5, "cinco", 7, "siete", 8, "ocho", 9, "nueve");
    private static final List<String> ENGLISH_FORMS = List.of("N/10", "N out of 10", "N out of ten", "a N out of 10",
            "N on a scale of 10", "N on a scale of 1 to 10", "pain level N", "N/10 pain", "about N/10", "W out of ten",
            "N outta 10", "N of 10", "pain N/10", "N/10 at worst");
    private static final List<String> ENGLISH_CONTEXTS = List.of("calf cramps at night, S", "S, cramps in my foot twice a week",
            "my hamstring locks up after running 10 km, S", "cramp lasted 5 minutes, S, stretching helps",
            "I'm 67 and take 2 tablets a day, cramps S");
    private static final List<String> SPANISH_FORMS = List.of("N/10", "un N de 10", "N sobre 10", "W de diez", "un W sobre diez",
            "dolor N/10", "como un N de 10", "N de 10 en lo peor", "N en una escala del 1 al 10",
            "en una escala del 1 al 10 es un N", "dolor de N sobre 10", "más o menos N/10");
    private static final List<String> SPANISH_CONTEXTS = List.of("calambres en la pantorrilla de noche, S",
            "S, calambres en el pie dos veces por semana", "se me acalambra el muslo después de correr 10 km, S",
            "cuando me da el calambre en la pantorrilla el dolor es S",
            "tengo 45 años y me dan calambres en la pantorrilla, S");

    @Test
    void everyEnglishFormGivesItsScore() {
        assertThat(misread(ENGLISH_FORMS, ENGLISH_CONTEXTS, ENGLISH_WORDS, Language.EN)).isEmpty();
    }

    @Test
    void everySpanishFormGivesItsScore() {
        assertThat(misread(SPANISH_FORMS, SPANISH_CONTEXTS, SPANISH_WORDS, Language.ES)).isEmpty();
    }

    /** The texts whose pain score is not the one written, each with what was read. */
    private static List<String> misread(List<String> forms, List<String> contexts, Map<Integer, String> words,
            Language language) {
        List<String> misread = new ArrayList<>();
        words.forEach((score, word) -> {
            for (String form : forms) {
                String written = form.replace("N", score.toString()).replace("W", word);
                for (String context : contexts) {
                    String text = context.replace("S", written);
                    Object read = Reading.INTAKE.read(text, language).answers().get("pain_score");
                    if (!Integer.valueOf(score).equals(read)) {
                        misread.add(text + " -> " + read);
                    }
                }
            }
        });
        return misread;
    }
}
