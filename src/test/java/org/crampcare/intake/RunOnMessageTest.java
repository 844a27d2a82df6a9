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
 * Each sign is crossed with each aside, placed before and after it, without any punctuation.
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
    void aPastEventNextToItsOwnSignIsStillSilenced() {
        assertThat(Reading.answers("my calf was swollen years ago")).doesNotContainKey("swelling");
        assertThat(Reading.answers("i had a numb foot as a kid but it cleared up")).doesNotContainKey("numbness");
    }
}
