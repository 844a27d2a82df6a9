package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader's mechanisms mended in session 7 of issue #13, each with variants in other words than
 * the case that showed it: dialect denials, swallowing only a poison, aligned question-and-answer
 * lists, a present resolution of a past sign, a hypothetical answered by "I'm not", other people named
 * with "a", pain that stays, clinical bruise words, no relief said through the result, and spelling slips.
 *
 * <p>Why: each was a miss on the team's tune material; a mechanism that holds only its own sentence
 * would pass there and fail the next writer.
 */
class SessionSevenMendsTest {

    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        // Dialect denials.
        "Ain't swollen, ain't red, just a lil sore today is all. Calf cramp yesterday.|swelling|false",
        "Calf cramp at work. It aint swollen and it ain't red neither.|redness|false",
        "Cramp in my calf, nae swelling and nae redness.|swelling|false",
        "Thigh cramp, isn't puffy, wasn't hot either.|warmth|false",
        // Aligned answers: each answer to its own item, in order.
        "Q: swelling/redness/warmth? no/no/no. Calf cramps at night.|swelling|false",
        "Q: numbness/tingling? no/yes. Q: how often? twice a week, calf cramps|tingling|true",
        "Q: numbness/tingling? no/yes. Q: how often? twice a week, calf cramps|numbness|false",
        "calf cramp. swollen, red, hot: no, no, no|swelling|false",
        "Where: calf. Swollen/warm/red? nope/nope/yes|redness|true",
        "Where: calf. Swollen/warm/red? nope/nope/yes|swelling|false",
        // A past sign resolved now, beside today's denial.
        "Two weeks ago my ankle was swollen from a fall, that's gone now. Calf cramps most nights. No swelling now.|swelling|false",
        "Last month my calf was red after I bumped it, that's healed now. Cramps in my calf at night. Not red today.|redness|false",
        "My foot went numb after a sprain in spring, that is better now. Calf cramps twice a week, no numbness.|numbness|false",
        "In March my ankle was puffy after a twist, that's all healed and gone. Foot cramps lately, not swollen.|swelling|false",
        "My calf was red from a graze, that's all healed up. Calf cramps at night, no redness.|redness|false",
        // A hypothetical answered at once.
        "Would it be different if I were pregnant? I'm not. Foot cramps on long drives.|pregnant|false",
        "Would cramps be worse if I were breastfeeding? No, I'm not. Calf cramps.|breastfeeding|false",
        // Pain that stays after the cramp.
        "A cramp took hold in my back, a deep, sharp pain has stayed with me ever since, three days now.|severe_pain_persists|true",
        "FY1, 26M. R hamstring cramp Tues. 72 h later still pain at rest.|severe_pain_persists|true",
        "Hamstring cramp on Saturday, the ache has lingered ever since and is still bad.|severe_pain_persists|true",
        "Two days on from the calf cramp I still have pain when I rest it.|severe_pain_persists|true",
        // Bruise words.
        "Hamstring cramp, now ecchymosis spreading over the posterior thigh.|skin_changes|true",
        "After a calf cramp my shin is black and blue.|skin_changes|true",
        "Thigh cramp then a haematoma came up on the back of the leg.|skin_changes|true",
        // No relief said through the result.
        "Foot cramps in the pool. A month of stretching on deck hasn't changed anything.|no_relief_from_stretching|true",
        "Foot cramps, I stretch it out and it makes no difference.|no_relief_from_stretching|true",
        "Cramps in my calves, weeks of stretching changed nothing.|no_relief_from_stretching|true",
        // A real poison swallowed still counts.
        "I swallowed a mouthful of the lamp oil by mistake and now my hands cramp.|toxin_exposure|true",
        "Drank some bleach by mistake, calf cramps since.|toxin_exposure|true"})
    void readsTheMechanism(String text, String item, String value) {
        assertThat(Reading.answers(text)).containsEntry(item, Boolean.valueOf(value));
    }

    @ParameterizedTest(name = "{0} sets no {1}")
    @CsvSource(delimiter = '|', value = {
        // Drinking or taking something ordinary is no poison.
        "Charlie horse playing soccer, I stretched and drank some water and it was fine.|toxin_exposure",
        "Got a cramp in my calf after football, took some ibuprofen and drank some orange juice.|toxin_exposure",
        "Calf cramp at the gym, drank some electrolyte drink and had some bananas.|toxin_exposure",
        "Cramp in my foot, swallowed some paracetamol with water.|toxin_exposure",
        "Night cramps, I drank some milk and took some magnesium.|toxin_exposure",
        // Other people's facts, named with "a" or "another".
        "A colleague was told her cramps were her thyroid, my sister's were from statins. I'm 37, foot cramps.|conditions",
        "A neighbour told me her cramps came from diabetes. I get foot cramps.|conditions",
        "Another friend swears his cramps were his kidneys. Mine are in my calves.|conditions",
        "A friend of mine has MS and her hands go numb. My calves cramp.|numbness",
        // A hypothetical left open stays unknown.
        "If I were pregnant would that change things? I am not sure. Calf cramps.|pregnant"})
    void readsNothing(String text, String item) {
        Map<String, Object> answers = Reading.answers(text);
        assertThat(answers).doesNotContainKey(item);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "got a charlie horse in my thy playing soccer this after noon|thigh",
        "cramp in the back of my thy last night|hamstring",
        "cramp high up in my left thy when I sprint|thigh"})
    void readsASlipForThePlace(String text, String place) {
        assertThat(Reading.answers(text)).containsEntry("locations", java.util.List.of(place));
    }
}
