package org.crampcare.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crampcare.knowledge.TriageLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each policy rule on its own, and at the boundary of every threshold. */
class TriageRulesTest {
    private static final Assessor ASSESSOR = Assessor.builtIn();

    @ParameterizedTest(name = "{0}={1} -> {2} {3}")
    @CsvSource({
        "unbearable_pain, true, EMERGENCY, E1", "all_over_body, true, EMERGENCY, E2",
        "toxin_exposure, true, EMERGENCY, E3", "swelling, true, URGENT, U1", "redness, true, URGENT, U2",
        "warmth, true, URGENT, U3", "numbness, true, URGENT, U4", "skin_changes, true, URGENT, U5",
        "severe_pain_persists, true, URGENT, U6", "no_relief_from_stretching, true, APPOINTMENT, A4",
        "weakness, true, APPOINTMENT, A5", "tingling, true, APPOINTMENT, A6",
        "poor_coordination, true, APPOINTMENT, A7", "wakes_at_night, true, APPOINTMENT, A8",
        "walking_cramps_ease_with_rest, true, APPOINTMENT, A9", "interferes_with_daily_life, true, APPOINTMENT, A10"})
    void eachBooleanRuleFiresAloneAndOnlyWhenTrue(String item, boolean value, TriageLevel level, String rule) {
        AssessmentResult fired = assess(item, value);
        assertThat(fired.triage()).isEqualTo(level);
        assertThat(fired.ruleIds()).containsExactly(rule);
        assertThat(fired.reasons().get(0).items()).containsExactly(item);
        assertThat(fired.reasons().get(0).sources()).isNotEmpty();

        AssessmentResult quiet = assess(item, false);
        assertThat(quiet.triage()).isEqualTo(TriageLevel.SELF_CARE);
        assertThat(quiet.ruleIds()).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource({
        "pain_score, 6, SELF_CARE, ''", "pain_score, 7, APPOINTMENT, A1", "pain_score, 10, APPOINTMENT, A1",
        "pain_score, 0, SELF_CARE, ''",
        "episodes_per_week, 2.9, SELF_CARE, ''", "episodes_per_week, 3, APPOINTMENT, A2",
        "episodes_per_week, 0, SELF_CARE, ''",
        "episode_minutes, 15, SELF_CARE, ''", "episode_minutes, 15.5, APPOINTMENT, A3",
        "episode_minutes, 15.01, APPOINTMENT, A3", "episode_minutes, 0.1, SELF_CARE, ''"})
    void numericThresholdsSitExactlyWhereThePolicyPutsThem(String item, double value, TriageLevel level, String rule) {
        AssessmentResult r = assess(item, value);
        assertThat(r.triage()).isEqualTo(level);
        assertThat(r.ruleIds()).isEqualTo(rule.isEmpty() ? List.of() : List.of(rule));
    }

    @ParameterizedTest(name = "conditions={0} -> {1}")
    @CsvSource({"diabetes, A11", "dialysis, A11", "cirrhosis, A11", "als, A11"})
    void anyConditionFiresA11(String condition, String rule) {
        assertThat(assess("conditions", List.of(condition)).ruleIds()).containsExactly(rule);
    }

    @ParameterizedTest(name = "medications={0} -> {1}")
    @CsvSource({"diuretic, A12", "statin, A12", "other, ''"})
    void onlyDiureticsAndStatinsFireA12(String medicine, String rule) {
        AssessmentResult r = assess("medications", List.of(medicine));
        assertThat(r.ruleIds()).isEqualTo(rule.isEmpty() ? List.of() : List.of(rule));
    }

    @org.junit.jupiter.api.Test
    void everyFiredRuleIsReportedHighestLevelFirst() {
        var answers = Answers.allClearWith("pain_score", 9);
        answers.put("swelling", true);
        answers.put("unbearable_pain", true);
        answers.put("wakes_at_night", true);
        AssessmentResult r = ASSESSOR.assess(AssessmentInput.of(answers));

        assertThat(r.triage()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(r.ruleIds()).containsExactly("E1", "U1", "A1", "A8");
    }

    @org.junit.jupiter.api.Test
    void contextNeverChangesTheLevel() {
        var answers = Answers.allClear();
        answers.put("age", 95);
        answers.put("sex", "female");
        answers.put("pregnant", true);
        answers.put("factors", List.of("dehydration", "exercise_in_heat", "smoking"));
        answers.put("locations", List.of("calf", "back"));
        answers.put("cramping_now", true);
        assertThat(ASSESSOR.assess(AssessmentInput.of(answers)).triage()).isEqualTo(TriageLevel.SELF_CARE);
    }

    private static AssessmentResult assess(String item, Object value) {
        return ASSESSOR.assess(AssessmentInput.of(Answers.allClearWith(item, value)));
    }
}
