package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The words for years that make a number after the writer's sex an age come from each language's
 * lexicon: English "y", "yo", "yrs" are not Spanish, where "y" means "and".
 */
class AgeYearsWordsTest {
    @Test
    void spanishAndIsNoYearsWord() {
        assertThat(Reading.es("tengo calambres y 3 hijos")).doesNotContainKey("age");
        assertThat(Reading.es("Soy mujer 2 y medio calambres por noche.")).doesNotContainKey("age");
        assertThat(Reading.es("Soy hombre 3 y 4 veces por noche me dan calambres.")).doesNotContainKey("age");
    }

    @Test
    void spanishYearsWordsStillMakeTheAge() {
        assertThat(Reading.es("Soy mujer 58 años, calambres en la pantorrilla.")).containsEntry("age", 58);
        assertThat(Reading.es("Soy hombre 64 años y tengo calambres en los pies.")).containsEntry("age", 64);
    }

    @Test
    void englishYearsWordsStillMakeTheAge() {
        assertThat(Reading.en("female 45 y/o, calf cramps at night")).containsEntry("age", 45);
        assertThat(Reading.en("I'm a woman 45yo with calf cramps at night")).containsEntry("age", 45);
        assertThat(Reading.en("Male 63 y, cramps in my feet")).containsEntry("age", 63);
        assertThat(Reading.en("woman 52 yrs, calf cramps")).containsEntry("age", 52);
    }
}
