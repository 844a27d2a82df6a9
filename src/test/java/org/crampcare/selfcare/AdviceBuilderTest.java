package org.crampcare.selfcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.knowledge.TriageLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Advice picked for a person: their muscles, their context, the right fluid target, safe by level. */
class AdviceBuilderTest {
    private static final KnowledgeBase KB = KnowledgeLoader.builtIn();
    private static final AdviceBuilder BUILDER = new AdviceBuilder(KB);

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
        a.relief().stream().filter(i -> !i.evidence().equals("supported"))
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

    @Test
    void otherConditionsStillGetTheirFluidReference() {
        FluidAdvice f = BUILDER.build(Map.of("sex", "male", "conditions", List.of("diabetes")), TriageLevel.APPOINTMENT)
                .fluids();
        assertThat(f.withheld()).isFalse();
        assertThat(f.targets()).singleElement().satisfies(t -> assertThat(t.litres()).isEqualTo(3.7));
    }
}
