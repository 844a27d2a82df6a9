package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Language;
import org.junit.jupiter.api.Test;

/**
 * A number that measures something else (a run, a shift, a dose, dialysis, children's ages, days off
 * work) never becomes the cramps' frequency, duration, pain score or the writer's age, and never hides
 * the cramps' own numbers, in both languages.
 *
 * <p>Why generated: "I'm on dialysis three times a week" read as three cramps a week turns a monthly
 * cramp into an appointment (A8), and a 12-hour shift read as the cramp's duration would invent a
 * long episode. Each sentence about other numbers is joined to each statement of the cramps' own
 * numbers, before and after, by several joining marks and words.
 */
class OtherNumbersTest {
    private static final List<String> NUMBER_ITEMS = List.of("episodes_per_week", "episode_minutes", "pain_score", "age");
    private static final List<String> ENGLISH_OTHERS = List.of("I run 10 km 5 times a week", "I drink 3 coffees a day",
            "I go to the gym 4 times a week", "I sit at my desk 8 hours a day", "I stretch for 10 minutes every morning",
            "I swim 3 times a week for an hour", "I take 2 tablets a day", "I walk my dog for 45 minutes every day",
            "I work 12 hour shifts", "I'm on dialysis three times a week", "I missed 3 days of work last month",
            "my kids are 4 and 9");
    private static final Map<String, Map<String, Object>> ENGLISH_CRAMPS = Map.of(
            "calf cramp about once a month, it lasts a few seconds", Map.of("episodes_per_week", 0.25),
            "foot cramps twice a month, gone in 30 seconds", Map.of("episodes_per_week", 0.5, "episode_minutes", 0.5),
            "a cramp in my hamstring maybe once a fortnight", Map.of("episodes_per_week", 0.5),
            "the cramp lasts about a minute", Map.of("episode_minutes", 1.0),
            "calf cramps every other night, about 5 minutes each", Map.of("episodes_per_week", 3.5, "episode_minutes", 5.0));
    private static final List<String> ENGLISH_JOINS = List.of(". ", ", and ", " but ", "; ");
    private static final List<String> SPANISH_OTHERS = List.of("Corro 10 km 5 veces por semana", "Trabajo turnos de 12 horas",
            "Tomo 2 pastillas de ibuprofeno al día", "Tengo 3 hijos de 4, 6 y 9 años", "Hago diálisis tres veces por semana",
            "Falté 3 días al trabajo", "Me estiro 10 minutos cada mañana", "Camino 8000 pasos al día");
    private static final Map<String, Map<String, Object>> SPANISH_CRAMPS = Map.of(
            "calambre en la pantorrilla más o menos una vez al mes, dura unos segundos", Map.of("episodes_per_week", 0.25),
            "calambres en el pie dos veces al mes, se pasan en 30 segundos",
            Map.of("episodes_per_week", 0.5, "episode_minutes", 0.5),
            "un calambre en el muslo cada quince días", Map.of("episodes_per_week", 0.5),
            "me dan calambres un día sí y otro no", Map.of("episodes_per_week", 3.5),
            "calambres tres veces por semana que duran 2 o 3 minutos", Map.of("episodes_per_week", 3.0, "episode_minutes", 3.0),
            "el calambre me dura un cuarto de hora", Map.of("episode_minutes", 15.0),
            "calambres lunes, miércoles y viernes", Map.of("episodes_per_week", 3.0),
            "calambre de media hora una vez por semana", Map.of("episodes_per_week", 1.0, "episode_minutes", 30.0));
    private static final List<String> SPANISH_JOINS = List.of(". ", ", y ", " pero ", "; ");

    @Test
    void englishNumbersOfOtherThingsStayOutOfTheCrampsNumbers() {
        assertThat(misread(ENGLISH_OTHERS, ENGLISH_CRAMPS, ENGLISH_JOINS, Language.EN)).isEmpty();
    }

    @Test
    void spanishNumbersOfOtherThingsStayOutOfTheCrampsNumbers() {
        assertThat(misread(SPANISH_OTHERS, SPANISH_CRAMPS, SPANISH_JOINS, Language.ES)).isEmpty();
    }

    /** The texts whose number items differ from the cramps' own numbers, each with what was read. */
    private static List<String> misread(List<String> others, Map<String, Map<String, Object>> cramps, List<String> joins,
            Language language) {
        List<String> misread = new ArrayList<>();
        for (String other : others) {
            cramps.forEach((cramp, expected) -> {
                for (String join : joins) {
                    for (String text : List.of(other + join + cramp, cramp + join + other)) {
                        Map<String, Object> read = Reading.INTAKE.read(text, language).answers();
                        for (String item : NUMBER_ITEMS) {
                            Object want = expected.get(item);
                            Object got = read.get(item);
                            boolean same = want == null ? got == null
                                    : got instanceof Number n && n.doubleValue() == ((Number) want).doubleValue();
                            if (!same) {
                                misread.add(text + " -> " + item + " " + got);
                            }
                        }
                    }
                }
            });
        }
        return misread;
    }
}
