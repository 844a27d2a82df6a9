package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An emergency sign is never hidden by the denial of another sign next to it, nor by another
 * person's, a hypothetical or an uncertain clause before it (hazard H-03).
 *
 * <p>Why generated: a denial scope that runs one mark too far reads "no swelling - the pain is
 * unbearable" as "the pain is not unbearable", the one misreading the interview never asks about
 * again. Every denial is joined to every emergency sign by every common mark, in both orders and both
 * languages, so a scope rule that leaks anywhere fails here, not in someone's night.
 */
class RedFlagDenialTest {
    private static final List<String> ENGLISH_DENIALS = List.of("no swelling", "not swollen", "no redness", "not numb",
            "no tingling", "nothing helps", "never had cramps before", "not on any meds", "I don't drink much");
    private static final List<String> ENGLISH_JOINS = List.of(", ", " - ", "; ", " and ", " & ", " / ", " + ", "\n",
            " ... ", " but ", ". ");
    private static final Map<String, List<String>> ENGLISH_SIGNS = Map.of(
            "unbearable_pain", List.of("can't take this pain anymore", "the pain is unbearable", "pain I cannot bear",
                    "I can't stand it"),
            "all_over_body", List.of("cramps all over my body at once"),
            "toxin_exposure", List.of("started after I sprayed weed killer"));
    private static final List<String> SPANISH_DENIALS = List.of("sin hinchazón", "no está hinchada", "no tengo fiebre",
            "nada me ayuda", "no tomo medicinas", "no está roja");
    private static final List<String> SPANISH_JOINS = List.of(", ", " - ", "; ", " y ", " / ", "\n", "... ", " pero ", ". ");
    private static final Map<String, List<String>> SPANISH_SIGNS = Map.of(
            "unbearable_pain", List.of("ya no aguanto este dolor", "el dolor es insoportable"),
            "all_over_body", List.of("calambres en todo el cuerpo a la vez"),
            "toxin_exposure", List.of("empezó después de fumigar con veneno para ratas"));

    @Test
    void englishDenialsNeverHideAnEmergencySign() {
        assertThat(hidden(ENGLISH_DENIALS, ENGLISH_JOINS, ENGLISH_SIGNS)).isEmpty();
    }

    @Test
    void spanishDenialsNeverHideAnEmergencySign() {
        assertThat(hidden(SPANISH_DENIALS, SPANISH_JOINS, SPANISH_SIGNS)).isEmpty();
    }

    @Test
    void theDeniedSignItselfStaysDenied() {
        assertThat(Reading.answers("no swelling - the pain is unbearable")).containsEntry("swelling", false);
        assertThat(Reading.answers("the pain is unbearable - no swelling")).containsEntry("swelling", false);
        assertThat(Reading.answers("swelling - no")).containsEntry("swelling", false);
        assertThat(Reading.answers("the pain is not unbearable, no swelling")).containsEntry("unbearable_pain", false);
    }

    @Test
    void aSpacedDashEndsAnotherPersonsHypotheticalOrUncertainClauseAsACommaDoes() {
        for (String before : new String[] {"my husband has swelling in his leg", "if it ever gets worse I'll go to A&E",
                "not sure why", "I read that numbness can be serious"}) {
            assertThat(Reading.answers(before + " - the pain is unbearable")).as(before).containsEntry("unbearable_pain", true);
            assertThat(Reading.answers(before + " \u2014 my calf is swollen")).as(before).containsEntry("swelling", true);
        }
        assertThat(Reading.answers("cramps 3 - 4 times a week")).as("a range, not two clauses").containsEntry("episodes_per_week", 4.0);
    }

    @Test
    void aSpanishFirstPersonVerbStartsTheWritersOwnClause() {
        assertThat(Reading.answers("mi esposo tiene la pierna hinchada y siento la pierna débil")).containsEntry("weakness", true);
        assertThat(Reading.answers("no tengo fiebre y siento la pierna débil")).containsEntry("weakness", true);
        assertThat(Reading.answers("mi papá tiene calambres y siente la pierna débil; yo tengo calambres en el pie"))
                .as("he feels: still the father").doesNotContainKey("weakness");
    }

    /** The texts, of every denial joined to every sign in both orders, whose sign is not read as present. */
    private static List<String> hidden(List<String> denials, List<String> joins, Map<String, List<String>> signs) {
        List<String> hidden = new ArrayList<>();
        signs.forEach((item, phrases) -> {
            for (String denial : denials) {
                for (String join : joins) {
                    for (String sign : phrases) {
                        for (String text : List.of(denial + join + sign, sign + join + denial)) {
                            if (!Boolean.TRUE.equals(Reading.answers(text).get(item))) {
                                hidden.add(item + ": " + text.replace("\n", "\\n"));
                            }
                        }
                    }
                }
            }
        });
        return hidden;
    }
}
