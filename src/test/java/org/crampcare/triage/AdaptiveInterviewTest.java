package org.crampcare.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.ItemType;
import org.crampcare.knowledge.TriageLevel;
import org.junit.jupiter.api.Test;

/** The policy's adaptive order: emergency questions first, EMERGENCY ends it, complete only when safe. */
class AdaptiveInterviewTest {
    private static final Assessor ASSESSOR = Assessor.builtIn();
    private static final List<String> EMERGENCY_SCREEN = List.of("unbearable_pain", "all_over_body", "toxin_exposure");

    @Test
    void firstQuestionOfAnEmptyInterviewIsFromTheEmergencyScreen() {
        AssessmentResult r = ASSESSOR.assess(AssessmentInput.of(Map.of()));
        assertThat(r.complete()).isFalse();
        assertThat(r.triage()).isEqualTo(TriageLevel.SELF_CARE);
        assertThat(r.nextQuestion().id()).isEqualTo("unbearable_pain");
        assertThat(r.nextQuestion().screen()).isEqualTo("emergency");
    }

    @Test
    void emergencyQuestionsComeFirstEvenWhenLaterItemsAreAnswered() {
        AssessmentResult r = ASSESSOR.assess(AssessmentInput.of(Map.of("swelling", true, "pain_score", 9,
                "unbearable_pain", false)));
        assertThat(r.triage()).isEqualTo(TriageLevel.URGENT);
        assertThat(r.nextQuestion().id()).isEqualTo("all_over_body");
    }

    @Test
    void anEmergencyAnswerEndsTheInterviewAtOnce() {
        for (String item : EMERGENCY_SCREEN) {
            AssessmentResult r = ASSESSOR.assess(AssessmentInput.of(Map.of(item, true)));
            assertThat(r.triage()).as(item).isEqualTo(TriageLevel.EMERGENCY);
            assertThat(r.complete()).as(item).isTrue();
            assertThat(r.nextQuestion()).as(item).isNull();
        }
    }

    @Test
    void urgentResultIsCompleteOnceNothingCouldRaiseItFurther() {
        Map<String, Object> a = new HashMap<>(Map.of("swelling", true));
        assertThat(ASSESSOR.assess(AssessmentInput.of(a)).complete()).isFalse();
        EMERGENCY_SCREEN.forEach(id -> a.put(id, false));
        AssessmentResult r = ASSESSOR.assess(AssessmentInput.of(a));
        assertThat(r.triage()).isEqualTo(TriageLevel.URGENT);
        assertThat(r.complete()).isTrue();
        assertThat(r.nextQuestion()).isNull();
    }

    @Test
    void selfCareIsCompleteOnlyWhenEveryTriageItemIsAnswered() {
        Map<String, Object> a = Answers.allClear();
        assertThat(ASSESSOR.assess(AssessmentInput.of(a)).complete()).isTrue();
        for (String id : List.copyOf(a.keySet())) {
            Map<String, Object> missingOne = new HashMap<>(a);
            missingOne.remove(id);
            AssessmentResult r = ASSESSOR.assess(AssessmentInput.of(missingOne));
            assertThat(r.complete()).as("without " + id).isFalse();
            assertThat(r.nextQuestion().id()).as("without " + id).isEqualTo(id);
        }
    }

    @Test
    void contextItemsAreNeverNeededForCompleteness() {
        AssessmentResult r = ASSESSOR.assess(AssessmentInput.of(Answers.allClear()));
        assertThat(r.complete()).isTrue();
        assertThat(r.answers()).doesNotContainKeys("locations", "age", "sex");
    }

    @Test
    void skippedItemsStayUnansweredAndKeepTheResultIncomplete() {
        AssessmentResult r = ASSESSOR.assess(AssessmentInput.of(Map.of()), Set.of("unbearable_pain"));
        assertThat(r.nextQuestion().id()).isEqualTo("all_over_body");
        assertThat(r.complete()).isFalse();
        assertThat(r.answers()).doesNotContainKey("unbearable_pain");
    }

    @Test
    void answeringMoreNeverLowersTheLevel() {
        Random random = new Random(20261122);
        List<Item> triageItems = ASSESSOR.knowledge().items().stream()
                .filter(i -> !i.screen().equals("context")).toList();
        for (int run = 0; run < 500; run++) {
            Map<String, Object> answers = new HashMap<>();
            TriageLevel previous = TriageLevel.SELF_CARE;
            for (Item item : shuffled(triageItems, random)) {
                answers.put(item.id(), randomValue(item, random));
                TriageLevel now = ASSESSOR.assess(AssessmentInput.of(answers)).triage();
                assertThat(previous.above(now)).as("level fell after answering %s in %s", item.id(), answers).isFalse();
                previous = now;
            }
        }
    }

    private static List<Item> shuffled(List<Item> items, Random random) {
        List<Item> copy = new java.util.ArrayList<>(items);
        java.util.Collections.shuffle(copy, random);
        return copy;
    }

    private static Object randomValue(Item item, Random random) {
        if (item.type() == ItemType.BOOLEAN) {
            return random.nextInt(6) == 0;
        }
        if (item.type() == ItemType.LIST) {
            return random.nextBoolean() ? List.of() : List.of(item.values().get(random.nextInt(item.values().size())).value());
        }
        return item.min() + random.nextInt((int) Math.min(20, item.max() - item.min()) + 1);
    }
}
