package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampcare.intake.Reading.answers;

import java.util.List;
import java.util.Map;
import org.crampcare.triage.Confirmation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each compositional mechanism of the reader on sentences written for it, several paraphrases
 * each, so a fix for one phrasing is seen to hold for others (none is taken from an evaluation set).
 */
class MechanismsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "My calves, my wrists and my neck all seized up at the same time.",
        "Both thighs and both forearms and my belly went into cramp all at once",
        "cramps in legs, in hands, in my back, all in same time",
        "Simultaneous spasms of the neck, both hands and the lower back.",
        "The cramps spread from my feet to my arms and jaw at once."})
    void severalRegionsAtOnceAreCrampsAllOver(String text) {
        assertThat(answers(text)).containsEntry("all_over_body", true);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Both calves cramped at the same time last night.",
        "My sister had cramps in her arms, legs and back all at once, I only get foot cramps.",
        "Could cramps in the arms, legs and stomach all at once be serious?"})
    void oneRegionOrSomeoneElsesOrHypotheticalIsNot(String text) {
        assertThat(answers(text)).doesNotContainEntry("all_over_body", true);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"my calf and my foot cramped at the same time", "hands and feet cramping at once"})
    void twoRegionsAtOnceAreConfirmedNotSet(String text) {
        assertThat(Reading.of(text).answers()).doesNotContainKey("all_over_body");
        assertThat(Reading.of(text).toConfirm()).extracting(Confirmation::item).containsExactly("all_over_body");
    }

    @ParameterizedTest(name = "{0} -> {1}/week")
    @CsvSource(delimiter = '|', value = {
        "Tuesdays and Thursdays my feet cramp after football.|2",
        "My calves cramp on Mon, Tue, Thu and Sat nights.|4",
        "the cramps come every other nite|3.5",
        "cramps 2-3x a wk|3",
        "Cramp in my toes one time in the month.|0.25",
        "It happen 2 time in week.|2",
        "Nocturnal cramps 3-4 nights/week.|4",
        "Foot cramps twice a weak.|2"})
    void ratesFromListsAndUnusualForms(String text, double perWeek) {
        assertThat(number(text, "episodes_per_week")).isEqualTo(perWeek);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "I'm on dialysis three times a week and cramp during the sessions.",
        "We were at a barbecue on Saturday and my calf cramped.",
        "I walk every day and my calf cramped yesterday.",
        "My calves cramp but not every week."})
    void ratesOfOtherThingsAreNotCrampRates(String text) {
        assertThat(answers(text)).doesNotContainKey("episodes_per_week");
    }

    @ParameterizedTest(name = "{0} -> {1} min")
    @CsvSource(delimiter = '|', value = {
        "Calf cramp, about 45 secs.|0.75",
        "Toe cramps, 90 seconds each.|1.5",
        "After digging for hours my back went into spasm for a minute or two.|2",
        "I stretched for 10 minutes and the cramp let go after 3 minutes.|3",
        "feet cramp most nights, 20-odd minutes each|20",
        "Cramp in my hamstring, approx. 30 s, resolved.|0.5"})
    void durationsAttachToTheCramp(String text, double minutes) {
        assertThat(number(text, "episode_minutes")).isEqualTo(minutes);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "After gardening for hours my calf cramped.",
        "I stretched for 20 mins and still cramping.",
        "I work three 12-hour shifts a week and my feet cramp.",
        "I drive 10 hours a day and get leg cramps.",
        "My calf cramps last a few seconds."})
    void durationsOfOtherThingsOrVagueOnesAreNotRead(String text) {
        assertThat(answers(text)).doesNotContainKey("episode_minutes");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "the pain is 7 outta 10|7",
        "pain is like 9 outa 10 when it grips|9",
        "Calf cramp, 6 of 10.|6",
        "It's a 4, just annoying.|4",
        "About a 8 at the worst.|8",
        "Hamstring cramp, VAS 5.|5",
        "calf cramps at night, 3 on a scale of 10|3",
        "foot cramp, 5 on a scale of 1 to 10|5",
        "calambre en el pie, un 4 en una escala del 1 al 10|4"})
    void painScoresInUnusualForms(String text, int score) {
        assertThat(answers(text)).containsEntry("pain_score", score);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Power 5/5 in both legs, cramps at night.", "My cholesterol was 7.2 and I get cramps.",
        "Pain currently 3/10 after the cramp."})
    void scoresOfOtherMeasuresAreNotPain(String text) {
        assertThat(answers(text)).doesNotContainKey("pain_score");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "the pain is unbearible|unbearable_pain",
        "my calf is swolen|swelling",
        "there is numbnes in my foot|numbness",
        "I was spraying pestiside yesterday|toxin_exposure",
        "my leg is realy hot and redd|warmth",
        "excrutiating cramp in my thigh|unbearable_pain"})
    void misspellingsWithinTheToleranceAreRead(String text, String item) {
        assertThat(answers(text)).containsEntry(item, true);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"it feels dumb", "my doctor warned me", "I hit my leg", "three times a week"})
    void realWordsAreNeverCorrectedIntoSigns(String text) {
        assertThat(answers(text)).doesNotContainKeys("numbness", "warmth", "weakness");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"my leg is pufy", "since the cramp my toes are numm"})
    void distantSpellingGuessesOfUrgentSignsAreConfirmed(String text) {
        assertThat(answers(text)).doesNotContainKeys("swelling", "numbness");
        assertThat(Reading.of(text).toConfirm()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cant stand it any more, my calf is locked", "I cannot tolerate this cramp",
        "the cramp is so bad I can't handle it", "it's the worst pain I've felt"})
    void inabilityToBearThePainIsUnbearable(String text) {
        assertThat(answers(text)).containsEntry("unbearable_pain", true);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"I was screaming when it hit", "I can't keep going like this with these cramps"})
    void weakerHintsOfUnbearablePainAreConfirmedQuotingThePerson(String text) {
        assertThat(answers(text)).doesNotContainKey("unbearable_pain");
        assertThat(Reading.of(text).toConfirm()).singleElement()
                .satisfies(c -> assertThat(text).contains(c.quote()))
                .extracting(Confirmation::item).isEqualTo("unbearable_pain");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "my foot is going cold and pale after the cramp|skin_changes",
        "my fingers turned white and numb|skin_changes",
        "after the cramp I don't feel my toes|numbness",
        "since the cramp I keep dropping cups|poor_coordination",
        "I fumble my keys after a hand cramp|poor_coordination",
        "I tried stretching and none of it helps|no_relief_from_stretching",
        "stretching doesn't shift them|no_relief_from_stretching",
        "my back spasms made me miss two shifts|interferes_with_daily_life",
        "the cramps keep me awake half the night|interferes_with_daily_life",
        "my calf is much fatter than the other one|swelling",
        "it has hurt ever since, not just sore|severe_pain_persists"})
    void signsDescribedNotNamed(String text, String item) {
        assertThat(answers(text)).containsEntry(item, true);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"I missed work last week with flu. My calf cramps at night.",
        "My friend's cramps turned out to be MS but mine are just calf cramps.",
        "My neighbour says his cramps were from his statin; I take nothing and my calves cramp."})
    void otherPeoplesFactsStayTheirs(String text) {
        Map<String, Object> a = answers(text);
        assertThat(a).doesNotContainKey("interferes_with_daily_life");
        assertThat(a.getOrDefault("conditions", List.of())).asList().doesNotContain("multiple_sclerosis");
        assertThat(a.getOrDefault("medications", List.of())).asList().doesNotContain("statin");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "I take atorvastatin.|statin",
        "On Crestor for cholesterol.|statin",
        "I'm on furosemide.|diuretic",
        "I take bendroflumethiazide in the morning.|diuretic"})
    void medicinesByGenericOrBrandName(String text, String value) {
        assertThat(answers(text).get("medications")).asList().containsExactly(value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"I take simvastatin tablets.", "My statin pills, nothing else."})
    void generalMedicineWordsAddNothingBesideANamedOne(String text) {
        assertThat(answers(text).get("medications")).asList().containsExactly("statin");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The GP stopped my water tablets three weeks ago.", "I was on a short course of water pills."})
    void resolvedPastMedicinesAreNotCurrent(String text) {
        assertThat(answers(text).getOrDefault("medications", List.of())).asList().doesNotContain("diuretic");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Numbness? None.", "Swelling: none."})
    void questionAndAnswerNegation(String text) {
        assertThat(answers(text)).doesNotContainEntry("numbness", true).doesNotContainEntry("swelling", true);
    }

    @ParameterizedTest(name = "{0} -> {1} min")
    @CsvSource(delimiter = '|', value = {
        "The cramp won't let go, been half an hour now.|30",
        "My calf is still locked, 25 minutes later.|25"})
    void persistenceIsNotNegation(String text, double minutes) {
        assertThat(number(text, "episode_minutes")).isEqualTo(minutes);
    }

    private static double number(String text, String item) {
        assertThat(answers(text)).containsKey(item);
        return ((Number) answers(text).get(item)).doubleValue();
    }
}
