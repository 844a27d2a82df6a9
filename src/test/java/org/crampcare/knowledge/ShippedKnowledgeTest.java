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
    void everyEntryCitesKnownSourcesOrIsMarkedAsAPracticalTip() {
        List<String> bad = new ArrayList<>();
        entries().forEach(e -> {
            if (e.tip() && (!e.sources().isEmpty() || e.evidence() != Evidence.NONE || e.caveat() != null)) {
                bad.add(e.id() + " is a practical tip but cites " + e.sources() + " or rates its evidence");
            }
            if (!e.tip() && (e.sources().isEmpty() || !KB.sources().keySet().containsAll(e.sources()))) {
                bad.add(e.id() + " is not marked as a tip but cites " + e.sources());
            }
        });
        assertThat(bad).isEmpty();
        assertThat(entries().filter(ContentEntry::tip)).as("the shipped tips").isNotEmpty();
    }

    @Test
    void weakAndMixedEntriesCarryACaveat() {
        assertThat(entries().filter(e -> e.evidence().needsCaveat() && (e.caveat() == null || e.caveat().isBlank()))
                .map(ContentEntry::id)).isEmpty();
    }

    /**
     * StayWell finds little or no evidence that hydration, vitamins or minerals, or stretching
     * prevent cramps, so any sentence that says one of them prevents cramps or lowers the risk must
     * sit in a weak entry whose caveat says so (hazard H-10).
     */
    @Test
    void preventionByStretchingFluidsOrSupplementsIsLabelledWeak() {
        Pattern measure = Pattern.compile("\\b(stretch\\w*|hydrat\\w*|drink\\w*|fluids?|vitamins?|minerals?"
                + "|supplements?)\\b", Pattern.CASE_INSENSITIVE);
        Pattern claim = Pattern.compile("\\b(prevent\\w*|less likely|lower\\w*[^.]*\\brisk|keep[^.]*\\baway"
                + "|stop\\w*[^.]*\\bcramps|work\\w* well)\\b", Pattern.CASE_INSENSITIVE);
        List<String> bad = new ArrayList<>();
        entries().filter(e -> !e.tip()).forEach(e -> {
            for (String sentence : e.text().split("(?<=[.;:])\\s+")) {
                boolean claimed = measure.matcher(sentence).find() && claim.matcher(sentence).find();
                if (claimed && (e.evidence() != Evidence.WEAK || !e.caveat().contains("little or no evidence"))) {
                    bad.add(e.id() + " (" + e.evidence() + "): " + sentence);
                }
            }
        });
        assertThat(bad).isEmpty();
        assertThat(KB.entry("prevention.night.bedtime-stretch").orElseThrow().evidence()).isEqualTo(Evidence.WEAK);
        assertThat(KB.entry("prevention.older-age").orElseThrow().evidence()).isEqualTo(Evidence.WEAK);
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

    /**
     * No text people can see gives a dose or advice on taking a prescription, not even negated
     * ("never stop taking" still reads as "keep taking"): CrampCare says to talk to the prescriber
     * before changing anything (hazard H-06). An independent net beside the validator's own rule.
     */
    @Test
    void noShippedTextGivesADoseOrAdviceOnTakingAPrescription() {
        List<Pattern> forbidden = Stream.of(
                "\\b\\d+(\\.\\d+)?\\s*(mg|milligrams?|mcg|micrograms?|g|grams?|ml|iu|tablets?|pills?|capsules?)\\b",
                "\\b(keep|continue|carry on|stop|quit|start|begin)\\s+(taking|on)\\s+(your|the|it|this|a)\\b",
                "\\b(keep|continue|carry on|stop|quit|start|begin)\\s+taking\\b", "\\bas prescribed\\b",
                "\\b(increase|reduce|double|halve|skip)\\s+\\w+\\s+dose")
                .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE)).toList();
        List<String> bad = new ArrayList<>();
        shownTexts().forEach((where, text) -> forbidden.stream().filter(p -> p.matcher(text).find())
                .forEach(p -> bad.add(where + ": " + text)));
        assertThat(bad).isEmpty();
        assertThat(shownTexts()).containsKey("factors.medicine.statin.text");
    }

    /**
     * Every entry whose words touch on drinking or amounts of fluid either carries the fluidIntake
     * marker (so it is left out for people who may be on a fluid limit, hazard H-12) or is one of a
     * few reviewed entries that only name dehydration or fluids without urging anyone to drink. A new
     * entry that mentions drinking fails here until someone decides which it is.
     */
    @Test
    void everyEntryThatTalksAboutDrinkingCarriesTheFluidMarkerOrWasReviewed() {
        Map<String, String> reviewed = Map.of(
                "facts.mechanism", "names fluid loss as a possible trigger",
                "factors.dehydration", "names dehydration as a possible factor",
                "prevention.evidence", "reports that the proof for fluids is weak",
                "provider.help.appointment", "lists fluids that did not help as a reason to book",
                "provider.help.no-relief", "lists fluids that did not help as a reason to book",
                "provider.asks.diet", "says a provider may ask about diet",
                "prevention.caffeine", "suggests fewer caffeinated drinks, not more fluid",
                "factors.condition.kidney-disease", "says to ask the kidney team before changing fluids");
        Pattern fluidWords = Pattern.compile("\\b(drink\\w*|sip\\w*|hydrat\\w*|fluids?|liquids?|water(?! pills?| bottles?"
                + "| tablets?)|litres?|liters?|ounces?|oz|glass(es)?|cups?)\\b", Pattern.CASE_INSENSITIVE);
        List<String> bad = new ArrayList<>();
        entries().filter(e -> !e.fluidIntake() && !reviewed.containsKey(e.id())).forEach(e -> {
            String shown = e.title() + " " + e.text() + " " + String.join(" ", e.steps());
            var m = fluidWords.matcher(shown);
            if (m.find()) {
                bad.add(e.id() + " says '" + m.group() + "' but has no fluidIntake marker: " + shown);
            }
        });
        assertThat(bad).isEmpty();
        assertThat(entries().filter(ContentEntry::fluidIntake).map(ContentEntry::id)).contains(
                "prevention.fluids", "prevention.fluids.daily-amounts", "relief.drink-water");
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

    /** Every text of the knowledge that people see, keyed by where it is. */
    private static Map<String, String> shownTexts() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        entries().forEach(e -> {
            out.put(e.id() + ".title", e.title());
            out.put(e.id() + ".text", e.text());
            for (int i = 0; i < e.steps().size(); i++) {
                out.put(e.id() + ".steps[" + i + "]", e.steps().get(i));
            }
            if (e.caveat() != null) {
                out.put(e.id() + ".caveat", e.caveat());
            }
        });
        KB.topics().forEach(t -> out.put(t.id() + ".intro", t.intro()));
        KB.screens().forEach(s -> out.put("screen " + s.id(), s.title() + " " + s.intro()));
        KB.items().forEach(i -> out.put("item " + i.id(), i.question() + " " + i.help() + " "
                + i.values().stream().map(ItemValue::label).reduce("", (a, b) -> a + " " + b)));
        KB.rules().forEach(r -> out.put("rule " + r.id(), r.explanation()));
        java.util.Arrays.stream(TriageLevel.values()).map(KB::level)
                .forEach(l -> out.put("level " + l.level(), l.label() + " " + l.action()));
        out.put("hydration", KB.hydration().note() + " " + KB.hydration().withheldNote());
        return out;
    }

    private static Stream<ContentEntry> entries() {
        return KB.topics().stream().flatMap(t -> t.entries().stream());
    }
}
