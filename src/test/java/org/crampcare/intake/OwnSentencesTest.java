package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sentences written for these tests in varied styles (terse, chatty, forum, clinical, a parent's),
 * none from the development set, to check that reading generalises: each gives the facts a careful
 * reader would take, no fact it should not, and the level that follows.
 */
class OwnSentencesTest {
    private static final Assessor ASSESSOR = Assessor.create(Reading.KB, Reading.INTAKE);

    record Case(String text, Map<String, Object> facts, List<String> absent, TriageLevel level) {
        @Override
        public String toString() {
            return text;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
            new Case("Charley horse every night, wakes me up, no swelling, I'm on water pills.",
                Map.of("episodes_per_week", 7, "wakes_at_night", true, "swelling", false, "medications", List.of("diuretic")),
                List.of(), TriageLevel.APPOINTMENT),
            new Case("had a clot in my leg 3 yrs ago, long gone. calf cramps now n then, nothing much",
                Map.of("locations", List.of("calf")), List.of("swelling", "conditions"), TriageLevel.SELF_CARE),
            new Case("Type 2 diabetic here, 58F. Feet cramp about 3-4 times a week, usually lasting 10-15 minutes.",
                Map.of("conditions", List.of("diabetes"), "age", 58, "sex", "female", "episodes_per_week", 4,
                    "episode_minutes", 15), List.of(), TriageLevel.APPOINTMENT),
            new Case("The cramp in my hamstring lasted a few seconds. Not red, not hot, not swollen.",
                Map.of("redness", false, "warmth", false, "swelling", false, "locations", List.of("hamstring")),
                List.of(), TriageLevel.SELF_CARE),
            new Case("Cramps twice a month, pain around 6 out of 10, nothing else going on.",
                Map.of("pain_score", 6, "episodes_per_week", 0.5), List.of(), TriageLevel.SELF_CARE),
            // A text only about the mum's cramps is about her (hazard H-20).
            new Case("My mum has kidney failure and gets awful cramps; I'm worried about her.",
                Map.of("conditions", List.of("kidney_disease")), List.of("locations"), TriageLevel.APPOINTMENT),
            new Case("I'm 45, male, and I work on concrete floors all day. My feet cramp after my shift.",
                Map.of("age", 45, "sex", "male", "factors", List.of("standing_on_concrete"), "locations", List.of("foot")),
                List.of(), TriageLevel.SELF_CARE),
            new Case("Leg went blue and cold during a cramp an hour ago and it still looks purple.",
                Map.of("skin_changes", true), List.of("episode_minutes"), TriageLevel.URGENT),
            new Case("I take hydrochlorothiazide and simvastatin. Cramps in both calves, 8/10, for about 20 min.",
                Map.of("medications", List.of("diuretic", "statin"), "pain_score", 8, "episode_minutes", 20),
                List.of(), TriageLevel.APPOINTMENT),
            new Case("Is it normal to get swelling after a cramp? Mine isn't swollen though.",
                Map.of("swelling", false), List.of(), TriageLevel.SELF_CARE),
            new Case("I spilled some pesticide on my arm while gardening and now my whole arm is cramping.",
                Map.of("toxin_exposure", true, "locations", List.of("arm")), List.of(), TriageLevel.EMERGENCY),
            new Case("My 12-year-old son gets cramps in his calves after football, no swelling.",
                Map.of("age", 12, "sex", "male", "swelling", false), List.of(), TriageLevel.SELF_CARE),
            new Case("Pt reports bilateral calf cramps nightly x 2 wks, denies numbness, denies swelling. On atorvastatin.",
                Map.of("episodes_per_week", 7, "numbness", false, "swelling", false, "medications", List.of("statin")),
                List.of(), TriageLevel.APPOINTMENT),
            new Case("It's been cramping for 20 minutes and still hasn't stopped, I can't take it any more.",
                Map.of("unbearable_pain", true, "cramping_now", true), List.of(), TriageLevel.EMERGENCY),
            new Case("My feet cramped up this morning. Swelling: none. Redness: none.",
                Map.of("swelling", false, "redness", false), List.of(), TriageLevel.SELF_CARE),
            new Case("i dont have any numbness or tingling, just tight calves after running",
                Map.of("numbness", false, "tingling", false), List.of(), TriageLevel.SELF_CARE),
            new Case("When I walk uphill my calves seize up and I have to stop; after resting a minute or two I'm fine.",
                Map.of("walking_cramps_ease_with_rest", true), List.of("episode_minutes"), TriageLevel.APPOINTMENT));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsWhatACarefulReaderWould(Case c) {
        AssessmentResult r = ASSESSOR.assess(AssessmentInput.ofText(c.text()));

        c.facts().forEach((item, value) -> assertThat(r.answers().get(item)).as(item)
                .satisfies(got -> assertThat(same(got, value)).as("%s: got %s, want %s", item, got, value).isTrue()));
        assertThat(r.answers()).doesNotContainKeys(c.absent().toArray(String[]::new));
        assertThat(r.triage()).isEqualTo(c.level());
    }

    private static boolean same(Object got, Object want) {
        if (got instanceof Number g && want instanceof Number w) {
            return Math.abs(g.doubleValue() - w.doubleValue()) < 1e-9;
        }
        return want.equals(got);
    }
}
