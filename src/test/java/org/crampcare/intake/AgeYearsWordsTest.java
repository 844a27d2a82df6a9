package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.crampcare.knowledge.Language;
import org.junit.jupiter.api.Test;

/**
 * The words for years that make a number after the writer's sex an age come from each language's
 * lexicon: English "y", "yo", "yrs" are not Spanish, where "y" means "and".
 */
class AgeYearsWordsTest {
    private static Map<String, Object> es(String text) {
        return Reading.INTAKE.read(text, Language.ES).answers();
    }

    private static Map<String, Object> en(String text) {
        return Reading.INTAKE.read(text, Language.EN).answers();
    }

    @Test
    void spanishAndIsNoYearsWord() {
        assertThat(es("tengo calambres y 3 hijos")).doesNotContainKey("age");
        assertThat(es("Soy mujer 2 y medio calambres por noche.")).doesNotContainKey("age");
        assertThat(es("Soy hombre 3 y 4 veces por noche me dan calambres.")).doesNotContainKey("age");
    }

    @Test
    void spanishYearsWordsStillMakeTheAge() {
        assertThat(es("Soy mujer 58 años, calambres en la pantorrilla.")).containsEntry("age", 58);
        assertThat(es("Soy hombre 64 años y tengo calambres en los pies.")).containsEntry("age", 64);
    }

    @Test
    void englishYearsWordsStillMakeTheAge() {
        assertThat(en("female 45 y/o, calf cramps at night")).containsEntry("age", 45);
        assertThat(en("I'm a woman 45yo with calf cramps at night")).containsEntry("age", 45);
        assertThat(en("Male 63 y, cramps in my feet")).containsEntry("age", 63);
        assertThat(en("woman 52 yrs, calf cramps")).containsEntry("age", 52);
    }
}
