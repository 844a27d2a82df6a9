package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampcare.intake.Reading.answers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in digits and words: frequencies, durations, pain scores, age, sex and pregnancy. */
class NumbersTest {

    @ParameterizedTest(name = "{0} -> {1} a week")
    @CsvSource(delimiter = '|', value = {
        "I get cramps every other day.|3.5",
        "Cramps every night.|7",
        "It wakes me up every single night.|7",
        "My calves cramp twice a month.|0.5",
        "Cramps once a week.|1",
        "They happen three times a week.|3",
        "Cramps about two nights a week.|2",
        "Cramps most nights.|5",
        "Cramps 5 or 6 times a week.|6",
        "Cramps 2-3 times a week.|3",
        "Cramps every 2 days.|3.5",
        "Cramps 4 nights out of 7.|4",
        "Cramps twice daily.|14"})
    void frequencies(String text, double perWeek) {
        assertThat(((Number) answers(text).get("episodes_per_week")).doubleValue()).isEqualTo(perWeek);
    }

    @ParameterizedTest(name = "{0} -> {1} min")
    @CsvSource(delimiter = '|', value = {
        "Each cramp lasts about half an hour.|30",
        "The cramp lasted two minutes.|2",
        "It lasts an hour.|60",
        "They last 10-15 minutes.|15",
        "It was gone in about five minutes.|5",
        "It stopped after a minute.|1",
        "My calf cramps for about twenty-five minutes.|25",
        "It lasted 20 seconds.|0.3333333333333333",
        "Hamstring cramp post-session, 1 min, VAS 5.|1",
        "feet cramp 3-4x a wk, 30 secs each|0.5",
        "Occasional cramp, left hand, approx. 45 s, VAS 4.|0.75",
        "They last like 20-odd mins each time.|20",
        "My back goes into spasm for a minute or two.|2",
        "Still locked solid 20 min later.|20",
        "The cramp is half one hour.|30",
        "The cramps last for hours.|120",
        "Each episode: 3-5 min.|5",
        "The cramp lasts between 5 and 20 minutes.|20"})
    void durations(String text, double minutes) {
        assertThat(((Number) answers(text).get("episode_minutes")).doubleValue()).isEqualTo(minutes);
    }

    @Test
    void timesThatAreNotACrampsDurationAreIgnored() {
        assertThat(answers("I sat on a plane for eleven hours and my calf cramped an hour ago."))
                .doesNotContainKey("episode_minutes");
        assertThat(answers("I sit at my laptop ten hours a day.")).doesNotContainKey("episode_minutes");
        assertThat(answers("It lasts a few seconds.")).as("vague").doesNotContainKey("episode_minutes");
    }

    @ParameterizedTest(name = "{0} -> {1}/10")
    @CsvSource(delimiter = '|', value = {
        "It hurts 8/10.|8",
        "The pain is 8 out of 10.|8",
        "The pain is about a six.|6",
        "It's maybe a four out of ten.|4",
        "Pain is four out of five.|8",
        "Easily an eight out of ten, maybe 9/10.|9",
        "I'd say an 8 on the pain scale.|8"})
    void painScores(String text, int score) {
        assertThat(answers(text)).containsEntry("pain_score", score);
    }

    @Test
    void numbersWithoutAPainWordAreNotPainScores() {
        assertThat(answers("I have 2 kids and my calf cramps.")).doesNotContainKey("pain_score");
        assertThat(answers("My calf cramps 3/4 of the nights.")).doesNotContainKey("pain_score");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "I'm 70 and my calves cramp.|70",
        "I'm a 70-year-old retired teacher.|70",
        "Aged 70, cramps at night.|70",
        "I am seventy two and cramping.|72",
        "Type 2 diabetic here, 58F.|58",
        "Male, 50. Calf cramps.|50",
        "45 y/o, calf cramps at night.|45",
        "My son, 10, had a cramp in his foot.|10"})
    void ages(String text, int age) {
        assertThat(answers(text)).containsEntry("age", age);
    }

    @Test
    void pregnancyWeeksAreNotAnAge() {
        assertThat(answers("I'm 26 weeks pregnant.")).doesNotContainKey("age").containsEntry("pregnant", true);
    }

    @Test
    void sexOnlyFromTheWritersOwnWords() {
        assertThat(answers("I'm a woman in my forties.")).containsEntry("sex", "female");
        assertThat(answers("I'm a 70 year old man.")).containsEntry("sex", "male");
        assertThat(answers("My husband says my calf cramps keep him awake.")).doesNotContainKey("sex");
    }

    @Test
    void breastfeedingAndPregnancyNegated() {
        assertThat(answers("I'm breastfeeding and I'm not pregnant."))
                .containsEntry("breastfeeding", true)
                .containsEntry("pregnant", false);
    }
}
