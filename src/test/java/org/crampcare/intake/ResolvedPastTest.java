package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Language;
import org.junit.jupiter.api.Test;

/**
 * A sign placed well in the past and then said to have ended is a resolved past fact and sets
 * nothing; a sign that is only said to have ended, or is brought back to now, or stands inside an
 * inability ("I can no longer bear it") still counts (hazard H-03).
 *
 * <p>Why generated: the reader knew whole phrases ("that's long gone") but not the composition of a
 * past time and a resolution, so "last year my calf swelled, but it went away" was read as swelling
 * today, and "no longer" silenced "I can no longer bear the pain", an emergency. Every lead is
 * crossed with every sign and every resolution, and each control is crossed the same way.
 */
class ResolvedPastTest {
    private static final String ENGLISH_CONTEXT = "Calf cramps at night about twice a week. ";
    private static final List<String> ENGLISH_LEADS = List.of("Last year", "Back in March", "Two years ago",
            "When I was a teenager", "Last summer");
    private static final Map<String, String> ENGLISH_SIGNS = Map.of("swelling", "my calf was swollen", "redness",
            "the skin went red", "numbness", "my foot went numb", "weakness", "my leg felt weak", "unbearable_pain",
            "the pain was unbearable");
    private static final List<String> ENGLISH_ENDINGS = List.of(", but it went away.", ", but it's gone now.",
            ", but not anymore.", ", but it cleared up completely.", " and it got better.", ", which has since resolved.",
            "; it settled by itself.", ". It went away.", ", but it hasn't come back since.");
    private static final String SPANISH_CONTEXT = "Calambres en la pantorrilla de noche unas dos veces por semana. ";
    private static final List<String> SPANISH_LEADS = List.of("El año pasado", "Hace dos años", "De joven",
            "El verano pasado");
    private static final Map<String, String> SPANISH_SIGNS = Map.of("swelling", "me hinché de la pantorrilla", "numbness",
            "me quedé con el pie dormido", "unbearable_pain", "tuve un dolor insoportable");
    private static final List<String> SPANISH_ENDINGS = List.of(", pero se me quitó.", ", pero ya no.", "; se curó del todo.",
            " y desapareció solo.", ". Ya pasó.", ", pero no me ha vuelto.");

    @Test
    void englishSignsPlacedInThePastAndEndedSetNothing() {
        assertThat(set(ENGLISH_CONTEXT, ENGLISH_LEADS, ENGLISH_SIGNS, ENGLISH_ENDINGS, Language.EN, true)).isEmpty();
    }

    @Test
    void spanishSignsPlacedInThePastAndEndedSetNothing() {
        assertThat(set(SPANISH_CONTEXT, SPANISH_LEADS, SPANISH_SIGNS, SPANISH_ENDINGS, Language.ES, true)).isEmpty();
    }

    @Test
    void anEndingWithoutAPastTimeKeepsTheSignOfTheLastEpisode() {
        List<String> justNow = List.of("Last night", "Yesterday", "This morning");
        assertThat(set(ENGLISH_CONTEXT, justNow, ENGLISH_SIGNS, ENGLISH_ENDINGS, Language.EN, false)).isEmpty();
        // "pero ya no." alone has always ended what it follows, recent or not (es-text-conventions).
        List<String> spanishEndings = SPANISH_ENDINGS.stream().filter(e -> !e.equals(", pero ya no.")).toList();
        assertThat(set(SPANISH_CONTEXT, List.of("Anoche", "Ayer"), SPANISH_SIGNS, spanishEndings, Language.ES, false))
                .isEmpty();
    }

    @Test
    void aSignBroughtBackToNowOrNotSaidToEndStillCounts() {
        assertThat(Reading.answers("Last year the cramps started and my calf is still swollen, but the redness went away."))
                .containsEntry("swelling", true);
        assertThat(Reading.answers("Last year my calf swelled up and it never went away.")).containsEntry("swelling", true);
        assertThat(Reading.answers("Last year my calf swelled up. Today it is numb, but it went away."))
                .containsEntry("numbness", true);
        assertThat(Reading.answers("Back in March my calf was swollen.")).containsEntry("swelling", true);
        assertThat(Reading.INTAKE.read("Hace años que tengo calambres y ayer se me hinchó la pierna, pero se me quitó.",
                Language.ES).answers()).containsEntry("swelling", true);
    }

    @Test
    void aResolutionNeverReachesTodaysEmergencySignsInAFurtherFragment() {
        for (String text : List.of(
                "Calf cramps at night. Two years ago I had surgery on my knee and since then my whole body cramps every night, the pain is unbearable until it goes away.",
                "Two years ago I started a job with pesticides, I get cramps all over my body and I hope it's okay.",
                "I'm in my fifties and I get cramps all over my body, my GP thinks it's normal.",
                "Years ago I had a clot in my leg, the pain in my calf is unbearable but it goes away.",
                "Last month I started spraying pesticides on the farm and my whole body cramps, which settled.")) {
            assertThat(Reading.answers(text)).as(text).containsAnyOf(Map.entry("unbearable_pain", true),
                    Map.entry("all_over_body", true));
        }
        for (String text : List.of(
                "De joven trabajé con pesticidas y tengo calambres por todo el cuerpo, el médico dice que ya está bien.",
                "El año pasado me operaron y desde entonces me dan calambres en todo el cuerpo, pero el dolor ya se me pasó.",
                "Hace años me operaron y desde entonces el dolor de los calambres es insoportable, ya no.")) {
            assertThat(Reading.INTAKE.read(text, Language.ES).answers()).as(text)
                    .containsAnyOf(Map.entry("unbearable_pain", true), Map.entry("all_over_body", true));
        }
    }

    @Test
    void aChecklistCrossDeniesOnlyTheItemRightBeforeIt() {
        assertThat(Reading.answers("calf cramp now. unbearable pain yes swelling \u2718")).containsEntry("unbearable_pain", true)
                .containsEntry("swelling", false);
        assertThat(Reading.answers("calf cramp now. unbearable pain swelling \u2718")).containsEntry("unbearable_pain", true);
        assertThat(Reading.answers("calf cramp now. cramps all over yes swelling \u2718")).containsEntry("all_over_body", true);
    }

    @Test
    void aCountInTheNightOrTheDayIsARateNotAnHour() {
        assertThat(Reading.answers("Calf cramps, I get 3 in the night.")).containsEntry("episodes_per_week", 21.0);
        assertThat(Reading.answers("Calf cramps, about 2 in the day when I run.")).containsEntry("episodes_per_week", 14.0);
        assertThat(Reading.answers("cramps wake me at 3 in the morning")).doesNotContainKey("episodes_per_week");
    }

    @Test
    void noLongerBeingAbleToBearThePainIsAnEmergencySignNotAResolution() {
        for (String text : List.of("I can no longer bear the pain.", "I can no longer stand this pain",
                "calf cramp, I can no longer take it", "the pain is no longer bearable", "I'm no longer able to bear the pain",
                "the pain isn't bearable anymore", "it's not bearable", "Last year my cramps started and I can no longer bear the pain.")) {
            assertThat(Reading.answers(text)).as(text).containsEntry("unbearable_pain", true);
        }
        assertThat(Reading.answers("calf cramps twice a week, the swelling is no longer there"))
                .containsEntry("episodes_per_week", 2.0).doesNotContainKey("swelling");
    }

    /**
     * The texts, of every lead, sign and ending after the context, whose sign is read as present
     * ({@code resolved}) or not read as present (not {@code resolved}), each with what was read.
     */
    private static List<String> set(String context, List<String> leads, Map<String, String> signs, List<String> endings,
            Language language, boolean resolved) {
        List<String> wrong = new ArrayList<>();
        for (String lead : leads) {
            signs.forEach((item, sign) -> {
                for (String ending : endings) {
                    String text = context + lead + " " + sign + ending;
                    Object read = Reading.INTAKE.read(text, language).answers().get(item);
                    if (Boolean.TRUE.equals(read) == resolved) {
                        wrong.add(text + " -> " + item + " " + read);
                    }
                }
            });
        }
        return wrong;
    }
}
