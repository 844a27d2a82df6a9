package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampcare.intake.Reading.answers;

import java.util.List;
import org.crampcare.triage.TextEvidence;
import org.junit.jupiter.api.Test;

/** The ConText rules: negation, hypotheticals, other people and the resolved past, with their scopes. */
class ContextRulesTest {

    @Test
    void negationScopeEndsAtBut() {
        assertThat(answers("no swelling but my toes are numb"))
                .containsEntry("swelling", false)
                .containsEntry("numbness", true);
    }

    @Test
    void negationEndsWhereACommaStartsANewFragment() {
        assertThat(answers("calf cramp every night, no swelling, on water pills"))
                .containsEntry("swelling", false)
                .containsEntry("medications", java.util.List.of("diuretic"));
        assertThat(answers("No swelling, redness or warmth, on atorvastatin"))
                .containsEntry("redness", false)
                .containsEntry("medications", java.util.List.of("statin"));
    }

    @Test
    void aConditionOrAWorryAboutTheFutureSetsNoEmergencySign() {
        for (String text : new String[] {"Calf cramps at night. If the cramps start after touching pesticide, I'll go to the ER",
                "Calf cramps at night. I worry that one day the pain gets unbearable",
                "Calf cramps at night. In case cramps happen all over the body at once, who do I call?"}) {
            assertThat(answers(text)).as(text).doesNotContainKeys("toxin_exposure", "unbearable_pain", "all_over_body");
        }
        assertThat(answers("Is it dangerous to get cramps after using flea spray concentrate on the dog? I did that this morning"))
                .as("a question ends at 'after': what follows often happened").containsEntry("toxin_exposure", true);
    }

    @Test
    void aDenialCrossesACommaOnlyIntoAListOfAlternatives() {
        assertThat(answers("no swelling, redness or warmth")).as("a denied list")
                .containsEntry("swelling", false).containsEntry("redness", false).containsEntry("warmth", false);
        assertThat(answers("sin hinchazón, entumecimiento ni enrojecimiento")).as("a denied list in Spanish")
                .containsEntry("swelling", false).containsEntry("numbness", false).containsEntry("redness", false);
        for (String text : new String[] {"not swollen, can't take this pain anymore", "calf cramp, not swollen, can't bear it",
                "not red, unbearable pain", "no swelling, the pain is unbearable"}) {
            assertThat(answers(text)).as(text + " (hazard H-03: a terse denial hid the red flag after it)")
                    .containsEntry("unbearable_pain", true);
        }
        assertThat(answers("no redness, cramps all over my body at once")).containsEntry("all_over_body", true)
                .containsEntry("redness", false);
        assertThat(answers("sin hinchazón, calambres en todo el cuerpo a la vez")).containsEntry("all_over_body", true)
                .containsEntry("swelling", false);
    }

    @Test
    void negationCoversAListJoinedByOr() {
        assertThat(answers("No numbness or tingling in my arms."))
                .containsEntry("numbness", false)
                .containsEntry("tingling", false);
    }

    @Test
    void negationEndsAtJust() {
        assertThat(answers("I'm not numb, just tingly."))
                .containsEntry("numbness", false)
                .containsEntry("tingling", true);
    }

    @Test
    void negationEndsAtASentenceEnd() {
        assertThat(answers("It does not hurt much. My calf is swollen."))
                .containsEntry("swelling", true);
    }

    @Test
    void negationEndsWhereAnAndStartsANewClause() {
        assertThat(answers("There is no redness and my calf is hot to the touch."))
                .containsEntry("redness", false)
                .containsEntry("warmth", true);
    }

    @Test
    void negationReachesOnlyAFewWords() {
        assertThat(answers("No idea why, I was not expecting that after a long walk my calf would be swollen"))
                .containsEntry("swelling", true);
    }

    @Test
    void negatedVerbPhraseSetsFalse() {
        assertThat(answers("They don't wake me up and it never stops me training."))
                .containsEntry("wakes_at_night", false)
                .containsEntry("interferes_with_daily_life", false);
    }

    @Test
    void postNegationAfterAColon() {
        assertThat(answers("My feet cramped this morning. Swelling: none. Redness: no."))
                .containsEntry("swelling", false)
                .containsEntry("redness", false);
    }

    @Test
    void someoneElsesSymptomsSetNothing() {
        // The writer speaks of cramps of their own, so the relative is someone else (hazard H-20).
        assertThat(answers("my sister gets cramps all over, mine are only in my calves")).doesNotContainEntry("all_over_body", true);
        assertThat(answers("My brother has diabetes and takes water pills. I get calf cramps."))
                .containsOnlyKeys("locations");
    }

    @Test
    void anAdultTheTextIsOnlyAboutIsThePerson() {
        // No cramps of the writer's own: the relative is the person, read to the safe side (hazard H-20).
        assertThat(answers("my sister gets cramps all over")).containsEntry("all_over_body", true);
        assertThat(answers("My brother has diabetes and takes water pills.")).containsEntry("medications", List.of("diuretic"));
    }

    @Test
    void someoneElsesScopeEndsAtTheWritersOwnWords() {
        assertThat(answers("My husband has terrible swelling in his legs and I have numb toes."))
                .doesNotContainKey("swelling")
                .containsEntry("numbness", true);
    }

    @Test
    void contrastWithSomeoneElseDeniesForTheWriter() {
        assertThat(answers("My husband has terrible swelling in his legs, but I've got none."))
                .containsEntry("swelling", false);
    }

    @Test
    void hypotheticalsSetNothing() {
        assertThat(answers("if it ever becomes unbearable")).isEmpty();
        assertThat(answers("My physio said to call her if it ever gets unbearable.")).isEmpty();
        assertThat(answers("Should it swell up I'll call the doctor.")).isEmpty();
        assertThat(answers("The nurse told me to watch for redness or swelling.")).isEmpty();
    }

    @Test
    void aConditionBeingTestedForIsNotYetAFact() {
        assertThat(answers("My doctor is testing me for ALS.")).doesNotContainKey("conditions");
    }

    @Test
    void hypotheticalScopeEndsAtTheComma() {
        assertThat(answers("If I walk far, my calf swells."))
                .containsEntry("swelling", true);
    }

    @Test
    void aHabitStatedWithIfIIsReadAsReal() {
        assertThat(answers("My legs cramp if I walk far and ease when I rest."))
                .containsEntry("walking_cramps_ease_with_rest", true);
    }

    @Test
    void questionsAboutPossibilitiesSetNothing() {
        assertThat(answers("Is it normal to get swelling after a cramp?")).doesNotContainKey("swelling");
    }

    @Test
    void resolvedPastSetsNothingInItsClauseOnly() {
        assertThat(answers("I had numbness in my foot years ago, long gone.")).doesNotContainKey("numbness");
        assertThat(answers("I used to have numbness in my hands but now my calf is swollen."))
                .doesNotContainKey("numbness")
                .containsEntry("swelling", true);
    }

    @Test
    void uncertaintyLeavesTheItemForTheInterview() {
        assertThat(answers("I'm not sure if it's swollen.")).doesNotContainKey("swelling");
    }

    @Test
    void anAffirmedSymptomWinsOverAnEarlierDenial() {
        assertThat(answers("No swelling yesterday. Today my calf is swollen."))
                .containsEntry("swelling", true);
    }

    @Test
    void negatedListValuesAddNothing() {
        assertThat(answers("I don't take water pills.")).doesNotContainKey("medications");
        assertThat(answers("I'm not diabetic.")).doesNotContainKey("conditions");
    }

    @Test
    void clearlyNoMedicinesIsAnEmptyList() {
        assertThat(answers("I don't take any medicines at all.")).containsEntry("medications", List.of());
        assertThat(answers("No medication, but I take furosemide."))
                .containsEntry("medications", List.of("diuretic"));
    }

    @Test
    void aParentsReportIsAboutTheChild() {
        assertThat(answers("My daughter is 8 and got a cramp in her foot; she is not swollen."))
                .containsEntry("age", 8)
                .containsEntry("sex", "female")
                .containsEntry("swelling", false)
                .containsEntry("locations", List.of("foot"));
    }

    @Test
    void negatedEvidenceQuotesTheCueAndTheWords() {
        TextEvidence e = Reading.of("I'm not numb.").evidence().get(0);

        assertThat(e.item()).isEqualTo("numbness");
        assertThat(e.value()).isEqualTo(false);
        assertThat(e.quote()).isEqualTo("not numb");
        assertThat(e.cue()).isEqualTo("negated");
        assertThat("I'm not numb.".substring(e.start(), e.end())).isEqualTo("not numb");
    }

    @Test
    void affirmedEvidenceCarriesOffsets() {
        String text = "Since Monday my calf has been puffy.";
        TextEvidence e = Reading.of(text).evidence().stream().filter(x -> x.item().equals("swelling")).findFirst().orElseThrow();

        assertThat(e.cue()).isEqualTo("affirmed");
        assertThat(text.substring(e.start(), e.end())).isEqualTo("puffy");
    }
}
