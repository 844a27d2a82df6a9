package org.crampcare.selfcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crampcare.knowledge.ContentEntry;
import org.crampcare.knowledge.ItemValue;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.knowledge.TriageLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Advice picked for a person: their muscles, their context, the right fluid target, safe by level. */
class AdviceBuilderTest {
    private static final KnowledgeBase KB = KnowledgeLoader.builtIn();
    private static final AdviceBuilder BUILDER = new AdviceBuilder(KB);
    /** Every fluid-intake entry of the topics advice is built from (relief, prevention, factors, provider). */
    private static final List<String> FLUID_ADVICE = KB.topics().stream()
            .filter(t -> List.of("relief", "prevention", "factors", "provider").contains(t.id()))
            .flatMap(t -> t.entries().stream()).filter(ContentEntry::fluidIntake).map(ContentEntry::id).toList();
    /** Amounts of fluid and urges to drink, as people would read them. */
    private static final Pattern AMOUNT_OR_URGE = Pattern.compile("\\b\\d+(\\.\\d+)?\\s*(litres?|liters?|ml|ounces?"
            + "|oz|glasses|cups?)\\b|\\b(drink|drinking|sip|sipping)\\s+(more|plenty|enough|some|water|fluids?)\\b"
            + "|\\bhydrated\\b|\\bsports? drinks?\\b|\\bmore fluids\\b", Pattern.CASE_INSENSITIVE);

    static Stream<String> contractConditions() {
        return KB.item("conditions").orElseThrow().values().stream().map(ItemValue::value);
    }

    private static Stream<AdviceItem> items(Advice a) {
        return Stream.of(a.relief(), a.prevention(), a.possibleFactors(), a.providerWillAsk(), a.questionsToAsk())
                .flatMap(List::stream);
    }

    @Test
    void reliefForTheChosenMuscleComesFirstThenGeneralSteps() {
        Advice a = BUILDER.build(Map.of("locations", List.of("calf")), TriageLevel.SELF_CARE);
        assertThat(a.relief()).isNotEmpty();
        assertThat(a.relief().get(0).id()).startsWith("relief.calf");
        assertThat(a.relief()).noneMatch(i -> i.id().startsWith("relief.neck"));
        assertThat(a.relief()).anyMatch(i -> i.timerMinutes().equals(List.of(15, 20)));
        assertThat(a.reliefNote()).isNull();
    }

    @Test
    void withoutLocationsOnlyGeneralReliefIsShown() {
        Advice a = BUILDER.build(Map.of(), TriageLevel.SELF_CARE);
        assertThat(a.relief()).isNotEmpty();
        assertThat(a.relief()).allMatch(i -> KB.entry(i.id()).orElseThrow().general());
    }

    @Test
    void emergencyAdviceIsOnlyTheActionNoSelfCare() {
        Advice a = BUILDER.build(Map.of("locations", List.of("calf"), "sex", "male"), TriageLevel.EMERGENCY);
        assertThat(a.action().text()).containsIgnoringCase("emergency");
        assertThat(a.relief()).isEmpty();
        assertThat(a.prevention()).isEmpty();
        assertThat(a.possibleFactors()).isEmpty();
        assertThat(a.fluids()).isNull();
        assertThat(a.reliefNote()).isNotBlank();
    }

    @Test
    void urgentAdviceWithholdsReliefStepsButKeepsTheAction() {
        Advice a = BUILDER.build(Map.of("locations", List.of("calf"), "swelling", true), TriageLevel.URGENT);
        assertThat(a.relief()).isEmpty();
        assertThat(a.reliefNote()).contains("warning sign");
        assertThat(a.action().text()).containsIgnoringCase("today");
    }

    @Test
    void preventionAndFactorsFollowTheContext() {
        Advice a = BUILDER.build(Map.of("wakes_at_night", true, "factors", List.of("exercise_in_heat"),
                "medications", List.of("diuretic")), TriageLevel.APPOINTMENT);
        assertThat(a.prevention().get(0).id()).doesNotStartWith("prevention.general");
        assertThat(a.possibleFactors()).isNotEmpty();
        assertThat(a.possibleFactors()).allMatch(i -> KB.entry(i.id()).orElseThrow().when() != null);
        assertThat(a.possibleFactors()).anyMatch(i -> i.text().toLowerCase().contains("diuretic")
                || i.text().toLowerCase().contains("water pill"));
        assertThat(a.providerWillAsk()).isNotEmpty();
        assertThat(a.questionsToAsk()).isNotEmpty();
    }

    @Test
    void noFactorsAreSuggestedWithoutAnswersThatPointToThem() {
        assertThat(BUILDER.build(Map.of(), TriageLevel.SELF_CARE).possibleFactors()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "female                         | 2.7",
        "male                           | 3.7",
        "female,pregnant               | 3.0",
        "female,breastfeeding          | 3.8",
        "female,pregnant,breastfeeding | 3.8"})
    void fluidTargetFitsThePerson(String who, double litres) {
        List<String> parts = List.of(who.split(","));
        Map<String, Object> answers = new java.util.HashMap<>(Map.of("sex", parts.get(0)));
        parts.stream().skip(1).forEach(p -> answers.put(p, true));
        FluidAdvice f = BUILDER.build(answers, TriageLevel.SELF_CARE).fluids();
        assertThat(f.personal()).isTrue();
        assertThat(f.targets()).singleElement().satisfies(t -> assertThat(t.litres()).isEqualTo(litres));
        assertThat(f.fromDrinksPercent()).isEqualTo(80);
    }

    @Test
    void unknownSexShowsBothAdultReferences() {
        FluidAdvice f = BUILDER.build(Map.of("sex", "other"), TriageLevel.SELF_CARE).fluids();
        assertThat(f.personal()).isFalse();
        assertThat(f.targets()).extracting(FluidAdvice.Target::litres).containsExactly(2.7, 3.7);
        assertThat(f.targets().get(0).litresFromDrinks()).isEqualTo(2.2);
    }

    @Test
    void weakEvidenceShownCarriesItsCaveat() {
        Advice a = BUILDER.build(Map.of("locations", List.of("calf")), TriageLevel.SELF_CARE);
        a.relief().stream().filter(i -> i.evidence().equals("weak") || i.evidence().equals("mixed"))
                .forEach(i -> assertThat(a.caveats()).contains(i.caveat()));
        assertThat(a.caveats()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kidney_disease", "dialysis", "cardiovascular_disease", "cirrhosis"})
    void noFluidAmountIsSuggestedToPeopleWhoMayBeOnAFluidLimit(String condition) {
        FluidAdvice f = BUILDER.build(Map.of("sex", "male", "conditions", List.of(condition)), TriageLevel.APPOINTMENT)
                .fluids();
        assertThat(f.withheld()).isTrue();
        assertThat(f.targets()).isEmpty();
        assertThat(f.note()).contains("care team");
    }

    /**
     * One test decides whether a person may be on a fluid limit, for every condition of the
     * contract: when it holds, neither the daily amounts nor any entry that urges drinking is shown
     * anywhere in the advice; when it does not, every fluid-intake entry these answers select is
     * shown (hazard H-12). The answers select every fluid-intake entry of the advice topics.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("contractConditions")
    void aFluidLimitLeavesOutEveryAmountAndEveryUrgeToDrink(String condition) {
        Map<String, Object> answers = Map.of("sex", "female", "pregnant", true, "wakes_at_night", true,
                "locations", List.of("calf", "foot"), "conditions", List.of(condition),
                "factors", List.of("intense_exercise", "exercise_in_heat", "dehydration", "athlete"));
        boolean limit = KB.hydration().withholdWhen().test(answers);
        for (TriageLevel level : List.of(TriageLevel.SELF_CARE, TriageLevel.APPOINTMENT)) {
            Advice a = BUILDER.build(answers, level);
            List<String> shownFluidEntries = items(a).filter(i -> KB.entry(i.id()).orElseThrow().fluidIntake())
                    .map(AdviceItem::id).toList();
            assertThat(a.fluids().withheld()).as(condition).isEqualTo(limit);
            if (limit) {
                assertThat(a.fluids().targets()).isEmpty();
                assertThat(shownFluidEntries).as(condition).isEmpty();
                assertThat(items(a).map(i -> i.title() + " " + i.text() + " " + String.join(" ", i.steps())))
                        .as(condition).noneMatch(t -> AMOUNT_OR_URGE.matcher(t).find());
            } else {
                assertThat(shownFluidEntries).as(condition).containsExactlyInAnyOrderElementsOf(FLUID_ADVICE);
            }
        }
    }

    @Test
    void theFourFluidLimitConditionsAreTheOnesWithheld() {
        assertThat(contractConditions().filter(c -> KB.hydration().withholdWhen()
                .test(Map.of("conditions", List.of(c))))).containsExactlyInAnyOrder("kidney_disease", "dialysis",
                "cardiovascular_disease", "cirrhosis");
    }

    @Test
    void practicalTipsAreMarkedInTheAdviceJson() {
        Advice a = BUILDER.build(Map.of("locations", List.of("foot")), TriageLevel.SELF_CARE);
        AdviceItem tip = a.relief().stream().filter(i -> i.id().equals("relief.foot.stretch")).findFirst()
                .orElseThrow();
        assertThat(tip.tip()).isTrue();
        assertThat(tip.toString()).contains("\"basis\":\"practical-tip\"").contains("\"evidence\":\"none\"")
                .doesNotContain("\"sources\"");
        assertThat(a.relief().get(a.relief().size() - 1).toString()).contains("\"basis\":\"sources\"")
                .contains("\"sources\":[");
        assertThat(a.caveats()).allMatch(c -> !c.isBlank());
    }

    @Test
    void otherConditionsStillGetTheirFluidReference() {
        FluidAdvice f = BUILDER.build(Map.of("sex", "male", "conditions", List.of("diabetes")), TriageLevel.APPOINTMENT)
                .fluids();
        assertThat(f.withheld()).isFalse();
        assertThat(f.targets()).singleElement().satisfies(t -> assertThat(t.litres()).isEqualTo(3.7));
    }
}
