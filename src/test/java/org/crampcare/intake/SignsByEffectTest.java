package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #13, session 9: signs said by what happens rather than by name, and a duration that belongs
 * to another activity.
 *
 * <p>Why crossed: several frames by several fillers, written for these tests (none from an
 * evaluation set), with near misses that must not fire: a walk that is only context, soreness that is
 * ordinary, and a cramp that itself lasted long, which must still be read.
 */
class SignsByEffectTest {
    private static boolean set(String text, String item) {
        return Boolean.TRUE.equals(Reading.answers(text).get(item));
    }

    private static List<String> missing(List<String> frames, List<String> fillers, String item) {
        List<String> missed = new ArrayList<>();
        for (String frame : frames) {
            for (String filler : fillers) {
                String text = frame.formatted(filler);
                if (!set(text, item)) {
                    missed.add(text);
                }
            }
        }
        return missed;
    }

    @Test
    void aDistanceWalkedThenMadeToStopIsClaudication() {
        List<String> frames = List.of("after %s my calves knot up and I am forced to stop. Once I've stood still it fades",
                "every morning, about %s, both calves ache and I'm made to halt and lean against a wall",
                "%s is as far as I get before my calf cramps; when I have stopped a while it goes");
        List<String> fillers = List.of("half a mile", "a quarter of a mile", "three hundred yards up the road",
                "perhaps half a mile", "two blocks from home");
        assertThat(missing(frames, fillers, "walking_cramps_ease_with_rest")).isEmpty();
        for (String near : List.of("we walked the dog in the morning. Later in bed my calf cramped",
                "I drove half a mile to the shop and my calf cramped in the car park")) {
            assertThat(set(near, "walking_cramps_ease_with_rest")).as(near).isFalse();
        }
    }

    @Test
    void painSaidByItsEffectAfterTheCrampPersists() {
        List<String> frames = List.of("the thigh cramp let go after a minute but %s",
                "calf cramp at football stopped quickly. %s");
        List<String> fillers = List.of("two days later I'm still limping", "the next day I can't put weight on it",
                "three days on I can't walk on it", "a day later it still kills", "it is still agony, not doms");
        assertThat(missing(frames, fillers, "severe_pain_persists")).isEmpty();
        for (String near : List.of("during the cramp I couldn't put weight on it, it let go after a minute and I was fine",
                "cramp let go quickly, bit of normal soreness the next day, just doms")) {
            assertThat(set(near, "severe_pain_persists")).as(near).isFalse();
        }
    }

    @Test
    void hoursOfDeskWorkAreNotTheCrampsLength() {
        List<String> frames = List.of("my neck cramps when I'm %s for hours. Lasts a few seconds",
                "shoulder cramp after %s for hours, gone in seconds");
        List<String> fillers = List.of("hunched over the desk", "revising", "studying", "typing");
        List<String> misread = new ArrayList<>();
        for (String frame : frames) {
            for (String filler : fillers) {
                String text = frame.formatted(filler);
                if (Reading.answers(text).get("episode_minutes") != null) {
                    misread.add(text);
                }
            }
        }
        assertThat(misread).isEmpty();
        String lasting = "hunched over my laptop and then my neck cramped, lasted about 20 minutes";
        assertThat(((Number) Reading.answers(lasting).get("episode_minutes")).doubleValue()).isEqualTo(20.0);
    }
}
