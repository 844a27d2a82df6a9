package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crampcare.triage.Confirmation;
import org.crampcare.triage.TextReading;
import org.junit.jupiter.api.Test;

/**
 * Issue #13, session 8: pain that outlasts the cramp said by setting it apart from ordinary soreness
 * or by a bare denied verb ("the pain didn't."), numbness found by a test ("prod it and not feel a
 * thing"), a "dead leg" simile asked rather than set, and a sign word in a hyphenated compound with
 * another word ("hot-desking") asked rather than set.
 *
 * <p>Why crossed: several frames by several fillers, written for these tests (none from an
 * evaluation set), with near misses that must not fire; a weak reading is asked, never dropped.
 */
class SignSensesTest {
    private static boolean set(String text, String item) {
        return Boolean.TRUE.equals(Reading.answers(text).get(item));
    }

    private static boolean asked(String text, String item) {
        TextReading r = Reading.of(text);
        return r.toConfirm().stream().map(Confirmation::item).anyMatch(item::equals);
    }

    @Test
    void painSetApartFromOrdinarySorenessPersists() {
        List<String> frames = List.of("the hamstring cramp was this morning and it's still sore, %s",
                "my calf cramped two days ago; it feels %s", "thigh cramp at the match yesterday, %s honestly");
        List<String> fillers = List.of("nothing like normal soreness", "not like the usual ache", "unlike my normal stiffness",
                "different from the usual doms", "nothing like any ordinary ache", "not like normal gym soreness",
                "unlike the ache you'd expect");
        List<String> missed = new ArrayList<>();
        for (String frame : frames) {
            for (String filler : fillers) {
                if (!set(frame.formatted(filler), "severe_pain_persists")) {
                    missed.add(frame.formatted(filler));
                }
            }
        }
        assertThat(missed).isEmpty();
        for (String frame : frames) {
            String near = frame.formatted("just normal soreness");
            assertThat(set(near, "severe_pain_persists")).as(near).isFalse();
        }
    }

    @Test
    void aPainThatDidNotStopPersists() {
        List<String> frames = List.of("The foot cramp let go on Saturday. %s It's worse today.",
                "my calf cramp eased off after ten minutes but %s", "Thigh cramp stopped yesterday; %s");
        List<String> fillers = List.of("the pain didn't.", "the ache hasn't.", "the soreness never did.",
                "the pain has not.", "the aching hasn't,");
        List<String> missed = new ArrayList<>();
        for (String frame : frames) {
            for (String filler : fillers) {
                String text = frame.formatted(filler);
                if (!set(text, "severe_pain_persists")) {
                    missed.add(text);
                }
            }
        }
        assertThat(missed).isEmpty();
        List<String> near = List.of("calf cramp stopped on Sunday and the pain didn't last",
                "the foot cramp eased and the ache hasn't come back", "my calf cramp went and the pain did not return");
        for (String text : near) {
            assertThat(set(text, "severe_pain_persists")).as(text).isFalse();
        }
    }

    @Test
    void girthComparedOrMeasuredIsSwelling() {
        List<String> frames = List.of("foot cramp on Tuesday and now %s", "after the calf cramp %s, I checked with a tape",
                "thigh cramped at the gym; %s");
        List<String> fillers = List.of("it is 3cm wider than the other foot", "my calf is an inch bigger around than the left one",
                "the leg is 2 cm thicker", "it's fatter round than the right");
        List<String> missed = new ArrayList<>();
        for (String frame : frames) {
            for (String filler : fillers) {
                if (!set(frame.formatted(filler), "swelling")) {
                    missed.add(frame.formatted(filler));
                }
            }
        }
        assertThat(missed).isEmpty();
        for (String frame : frames) {
            for (String near : List.of("I'm 5 cm taller than my brother", "the bruise is 2 cm across")) {
                assertThat(set(frame.formatted(near), "swelling")).as(frame.formatted(near)).isFalse();
            }
        }
    }

    @Test
    void noFeelingFoundByATestIsNumbness() {
        List<String> frames = List.of("after the foot cramp %s", "calf cramp last night and now %s",
                "my toes cramped; %s since");
        List<String> tests = List.of("I can prod the side of it with a pen and not feel a thing",
                "I pinched the skin and felt nothing", "I pressed my heel but couldn't feel anything",
                "I jabbed it with a fork without feeling a thing");
        List<String> missed = new ArrayList<>();
        for (String frame : frames) {
            for (String test : tests) {
                if (!set(frame.formatted(test), "numbness")) {
                    missed.add(frame.formatted(test));
                }
            }
        }
        assertThat(missed).isEmpty();
        for (String frame : frames) {
            for (String near : List.of("I touched my toes in yoga and felt fine", "I didn't feel a thing when it started")) {
                assertThat(set(frame.formatted(near), "numbness")).as(frame.formatted(near)).isFalse();
            }
        }
    }

    @Test
    void aDeadLegSimileIsAskedAndAnExplicitDenialAnswersIt() {
        List<String> frames = List.of("calf cramp at 3am, %s", "thigh cramp in training. %s for an hour after",
                "my leg cramped on the stairs and %s");
        List<String> similes = List.of("it felt like a dead leg", "felt a bit like a dead leg", "it was like a dead leg");
        for (String frame : frames) {
            for (String simile : similes) {
                String text = frame.formatted(simile);
                assertThat(set(text, "numbness")).as(text).isFalse();
                assertThat(asked(text, "numbness")).as(text).isTrue();
                String denied = text + ". Not numb though.";
                assertThat(Reading.answers(denied).get("numbness")).as(denied).isEqualTo(false);
            }
        }
        assertThat(set("calf cramp at 3am and now the whole leg has gone dead, I can't feel it", "numbness")).isTrue();
    }

    @Test
    void aSignWordInACompoundWithAnotherWordIsAskedNotSet() {
        List<String> frames = List.of("I've been %s all week and my calf keeps cramping",
                "calf cramps since we moved to %s", "foot cramps at night; work is %s now");
        List<String> compounds = List.of("hot-desking", "red-eye flights", "hot-housing");
        for (String frame : frames) {
            for (String compound : compounds) {
                String text = frame.formatted(compound);
                assertThat(set(text, "warmth") || set(text, "redness")).as(text).isFalse();
            }
        }
        assertThat(set("after the cramp my calf is red-hot", "warmth")).isTrue();
        assertThat(set("after the cramp my calf is red-hot", "redness")).isTrue();
        assertThat(set("calf cramp and now the calf is hot to the touch", "warmth")).isTrue();
        assertThat(asked("calf cramp, the calf looks swollen-ish", "swelling")
                || set("calf cramp, the calf looks swollen-ish", "swelling")).isTrue();
    }

    /**
     * Review 9, S5: a hyphenated tail keeps the sign unless the lexicon lists it as giving the word
     * another sense (compoundTails: "hot-desking", "numb-skulled"). The review's texts plus our own.
     */
    @Test
    void aSignWithAnyOtherHyphenatedTailIsSet() {
        List<String> frames = List.of("%s since the cramp last night", "after the calf cramp %s", "foot cramp at 2am; %s now");
        List<String[]> fillers = List.of(new String[] {"numb-ish toes", "numbness"},
                new String[] {"it went numb-like", "numbness"}, new String[] {"my whole leg went numb-feeling", "numbness"},
                new String[] {"the calf is red-raw", "redness"}, new String[] {"the calf is hot-to-touch", "warmth"},
                new String[] {"my calf is swollen-up", "swelling"}, new String[] {"the calf is swollen-looking", "swelling"},
                new String[] {"my shin looks red-sore", "redness"}, new String[] {"the ankle is swollen-tight", "swelling"},
                new String[] {"my foot feels numb-y", "numbness"});
        List<String> missed = new ArrayList<>();
        for (String frame : frames) {
            for (String[] filler : fillers) {
                String text = frame.formatted(filler[0]);
                if (!set(text, filler[1])) {
                    missed.add(text);
                }
            }
        }
        assertThat(missed).isEmpty();
        // Near misses: tails listed as another sense are never set.
        for (String frame : frames) {
            for (String near : List.of("I felt numb-skulled", "my boss is hot-headed", "he is so hot-blooded")) {
                String text = frame.formatted(near);
                assertThat(set(text, "numbness") || set(text, "warmth") || set(text, "redness")).as(text).isFalse();
            }
        }
    }
}
