package org.crampcare.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The whole shipped knowledge base: it validates, every item cites a known source, the rules are
 * exactly the policy's, and no content gives a dose or tells anyone to stop a medicine.
 */
class ShippedKnowledgeTest {
    private static final KnowledgeBase KB = KnowledgeLoader.builtIn();

    /** The policy table of ../shared/spec/triage-policy.md: rule id → level and the item it reads. */
    private static final Map<String, String> POLICY = Map.ofEntries(
            Map.entry("E1", "EMERGENCY unbearable_pain"), Map.entry("E2", "EMERGENCY all_over_body"),
            Map.entry("E3", "EMERGENCY toxin_exposure"), Map.entry("U1", "URGENT swelling"),
            Map.entry("U2", "URGENT redness"), Map.entry("U3", "URGENT warmth"), Map.entry("U4", "URGENT numbness"),
            Map.entry("U5", "URGENT skin_changes"), Map.entry("U6", "URGENT severe_pain_persists"),
            Map.entry("A1", "APPOINTMENT pain_score"), Map.entry("A2", "APPOINTMENT episodes_per_week"),
            Map.entry("A3", "APPOINTMENT episode_minutes"), Map.entry("A4", "APPOINTMENT no_relief_from_stretching"),
            Map.entry("A5", "APPOINTMENT weakness"), Map.entry("A6", "APPOINTMENT tingling"),
            Map.entry("A7", "APPOINTMENT poor_coordination"), Map.entry("A8", "APPOINTMENT wakes_at_night"),
            Map.entry("A9", "APPOINTMENT walking_cramps_ease_with_rest"),
            Map.entry("A10", "APPOINTMENT interferes_with_daily_life"), Map.entry("A11", "APPOINTMENT conditions"),
            Map.entry("A12", "APPOINTMENT medications"));

    @Test
    void rulesAreExactlyThePolicyTable() {
        assertThat(KB.rules()).hasSize(POLICY.size());
        KB.rules().forEach(r -> assertThat(r.level() + " " + String.join(",", r.items()))
                .as(r.id()).isEqualTo(POLICY.get(r.id())));
        assertThat(KB.policyVersion()).isEqualTo("1");
    }

    @Test
    void contractItemsExistWithTheirTypesAndValues() {
        assertThat(KB.items()).extracting(Item::id).containsExactlyInAnyOrder("unbearable_pain", "all_over_body",
                "toxin_exposure", "swelling", "redness", "warmth", "numbness", "skin_changes", "severe_pain_persists",
                "pain_score", "episodes_per_week", "episode_minutes", "no_relief_from_stretching", "weakness",
                "tingling", "poor_coordination", "wakes_at_night", "walking_cramps_ease_with_rest",
                "interferes_with_daily_life", "conditions", "medications", "locations", "factors", "cramping_now",
                "age", "sex", "pregnant", "breastfeeding");
        assertThat(values("conditions")).containsExactly("diabetes", "kidney_disease", "dialysis", "thyroid_disease",
                "nerve_disorder", "spinal_cord_injury", "multiple_sclerosis", "als", "parkinsons",
                "peripheral_artery_disease", "cardiovascular_disease", "cirrhosis");
        assertThat(values("medications")).containsExactly("diuretic", "statin", "other");
        assertThat(values("locations")).containsExactly("calf", "hamstring", "thigh", "foot", "toes", "hand", "arm",
                "abdomen", "ribcage", "back", "neck");
        assertThat(values("factors")).containsExactly("intense_exercise", "exercise_in_heat", "dehydration",
                "long_sitting", "standing_on_concrete", "one_position_long", "tight_shoes", "overweight", "athlete",
                "stress", "caffeine", "smoking", "no_stretching", "recent_injury");
        assertThat(values("sex")).containsExactly("female", "male", "other");
        Item pain = KB.item("pain_score").orElseThrow();
        assertThat(List.of(pain.type(), pain.min(), pain.max())).containsExactly(ItemType.INTEGER, 0.0, 10.0);
        Item age = KB.item("age").orElseThrow();
        assertThat(List.of(age.type(), age.min(), age.max())).containsExactly(ItemType.INTEGER, 0.0, 120.0);
    }

    @Test
    void screensFollowThePolicyInterviewOrder() {
        assertThat(KB.screens().get(0).items()).containsExactly("unbearable_pain", "all_over_body", "toxin_exposure");
        assertThat(KB.screens().get(1).items()).containsExactly("swelling", "redness", "warmth", "numbness",
                "skin_changes", "severe_pain_persists");
        assertThat(KB.screens().get(KB.screens().size() - 1).items()).containsExactlyInAnyOrder("locations", "age",
                "sex", "pregnant", "breastfeeding", "factors", "cramping_now");
    }

    @Test
    void everyContentEntryCitesAKnownSourceAndWeakOnesCarryACaveat() {
        List<String> bad = new ArrayList<>();
        entries().forEach(e -> {
            if (e.sources().isEmpty() || !KB.sources().keySet().containsAll(e.sources())) {
                bad.add(e.id() + " cites " + e.sources());
            }
            if (e.evidence().needsCaveat() && (e.caveat() == null || e.caveat().isBlank())) {
                bad.add(e.id() + " is " + e.evidence() + " without a caveat");
            }
        });
        assertThat(bad).isEmpty();
    }

    @Test
    void everyLocationFactorConditionAndMedicineHasContent() {
        List<String> missing = new ArrayList<>();
        values("locations").forEach(v -> requireEntry("relief", "locations", v, missing));
        values("factors").forEach(v -> requireEntry("factors", "factors", v, missing));
        values("conditions").forEach(v -> requireEntry("factors", "conditions", v, missing));
        values("medications").forEach(v -> requireEntry("factors", "medications", v, missing));
        assertThat(missing).isEmpty();
    }

    @Test
    void noContentGivesADoseOrTellsPeopleToStartOrStopAPrescription() {
        Pattern dose = Pattern.compile("\\b\\d+(\\.\\d+)?\\s*(mg|milligrams?|mcg|micrograms?|g|grams?|ml|iu|tablets?|"
                + "pills?|capsules?)\\b", Pattern.CASE_INSENSITIVE);
        Pattern stop = Pattern.compile("\\b(stop|quit|start) taking\\b", Pattern.CASE_INSENSITIVE);
        List<String> bad = new ArrayList<>();
        entries().forEach(e -> {
            String all = e.title() + " " + e.text() + " " + String.join(" ", e.steps());
            if (dose.matcher(all).find()) {
                bad.add(e.id() + " looks like a dose: " + all);
            }
            if (stop.matcher(all).find() && !all.toLowerCase().matches(".*(never|do not|don't|without)[^.]*"
                    + "(stop|quit|start) taking.*")) {
                bad.add(e.id() + " tells people to start or stop a medicine: " + all);
            }
        });
        assertThat(bad).isEmpty();
    }

    @Test
    void possibleFactorsAreWordedAsPossibilitiesNeverAsADiagnosis() {
        Pattern possibility = Pattern.compile("\\b(may|might|can|could|linked|likely|common|possible|possibly|"
                + "sometimes|often|known causes?|one of)\\b", Pattern.CASE_INSENSITIVE);
        Pattern diagnosis = Pattern.compile("(?<!\\bif )\\byou (have|suffer from)\\b|\\b(is|are) causing your\\b|"
                + "\\bthis means you\\b|\\byour cramps are caused by\\b", Pattern.CASE_INSENSITIVE);
        List<String> bad = new ArrayList<>();
        KB.topic("factors").orElseThrow().entries().forEach(e -> {
            String all = e.title() + ". " + e.text();
            if (!possibility.matcher(all).find()) {
                bad.add(e.id() + " states no possibility: " + all);
            }
            if (diagnosis.matcher(all).find()) {
                bad.add(e.id() + " reads like a diagnosis: " + all);
            }
        });
        assertThat(bad).isEmpty();
    }

    private static void requireEntry(String topic, String item, String value, List<String> missing) {
        boolean found = KB.topic(topic).orElseThrow().entries().stream().anyMatch(e -> e.when() != null
                && e.when().test(Map.of(item, List.of(value))));
        if (!found) {
            missing.add(topic + " has nothing for " + item + "=" + value);
        }
    }

    private static List<String> values(String item) {
        return KB.item(item).orElseThrow().values().stream().map(ItemValue::value).toList();
    }

    private static Stream<ContentEntry> entries() {
        return KB.topics().stream().flatMap(t -> t.entries().stream());
    }
}
