package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A message typed without punctuation keeps today's signs when a past or ended event sits in the
 * same run of words (hazard H-03).
 *
 * <p>Why: a resolved-past cue silences its clause, and in "my whole body is cramping right now my
 * arms my legs all at the same time i cant stop it" the clause is the whole message. "stop it"
 * matched the cue "stopped it" by its stem, and the reader kept nothing: an emergency read as
 * self-care. Cues about tense are now exact, and the silence reaches a bounded number of words.
 * A worry or a doubt ("what if its a clot", "not sure what to do") ran to the end of such a message
 * too; it now ends where the writer's own statement starts (a subject with its verb). Each sign is
 * crossed with each aside or worry, without any punctuation.
 */
class RunOnMessageTest {
    private static final Map<String, String> SIGNS = Map.of(
            "all_over_body", "my whole body is cramping my arms my stomach my legs my neck all at the same time",
            "swelling", "my calf is all swollen and hot to touch",
            "unbearable_pain", "the pain in my calf is unbearable",
            "numbness", "my foot has gone numb since the cramp");
    private static final List<String> ASIDES = List.of("i cant stop it", "i can't stop it from happening",
            "nothing i do stops it", "please help me stop it", "my mum had a clot years ago but that cleared up",
            "i used to get cramps as a kid but they went away", "i stopped my water pills months ago",
            "my knee op was years ago and it healed fine");

    @Test
    void signsInOneLongUnpunctuatedRunSurviveAPastOrEndedAside() {
        List<String> lost = new ArrayList<>();
        SIGNS.forEach((item, sign) -> ASIDES.forEach(aside -> {
            for (String text : List.of(sign + " and " + aside + " it started half an hour ago",
                    "ok so " + aside + " and now " + sign + " since this morning")) {
                if (!Reading.answers(text).containsKey(item)) {
                    lost.add(item + " <- " + text);
                }
            }
        }));
        assertThat(lost).isEmpty();
    }

    @Test
    void aWorryOrADoubtWithoutPunctuationEndsWhereTheWritersOwnStatementStarts() {
        List<String> worries = List.of("i read online that cramps can mean a clot", "not sure what to do",
                "what if its a clot", "i wonder if its my tablets", "no idea why", "maybe its nothing but",
                "if it gets worse i will call someone", "in case it matters");
        List<String> lost = new ArrayList<>();
        SIGNS.forEach((item, sign) -> worries.forEach(worry -> {
            String text = worry + " " + sign;
            if (!Reading.answers(text).containsKey(item)) {
                lost.add(item + " <- " + text);
            }
        }));
        assertThat(lost).isEmpty();
    }

    @Test
    void aWorryStillCoversTheSignsItIsAbout() {
        for (String text : List.of("what if my leg goes red and swollen", "would it be an emergency if my calf went red and hot",
                "if i ever get a cramp where my leg goes red and hot should i go to a&e", "not sure if my calf is swollen",
                "what if the pain gets unbearable should i call 911", "in case my whole body cramps at once what should i do")) {
            assertThat(Reading.answers(text)).as(text)
                    .doesNotContainKeys("swelling", "redness", "warmth", "unbearable_pain", "all_over_body");
        }
        assertThat(Reading.answers("si mi pierna se pone roja y caliente qué hago")).doesNotContainKeys("redness", "warmth");
        assertThat(Reading.answers("no sé qué hacer tengo la pierna hinchada y roja")).containsKeys("swelling", "redness");
    }

    @Test
    void aPastEventNextToItsOwnSignIsStillSilenced() {
        assertThat(Reading.answers("my calf was swollen years ago")).doesNotContainKey("swelling");
        assertThat(Reading.answers("i had a numb foot as a kid but it cleared up")).doesNotContainKey("numbness");
    }
}
