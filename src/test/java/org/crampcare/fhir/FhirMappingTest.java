package org.crampcare.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import org.crampcare.knowledge.Comparison;
import org.crampcare.knowledge.Condition;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeLoader;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.junit.jupiter.api.Test;

/** The askWhen-to-enableWhen translation and the body-site mapping file, without a server. */
class FhirMappingTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.builtIn();
    private final EnableWhen enableWhen = new EnableWhen(KNOWLEDGE);

    @Test
    void aNegatedTestHoldsForAMissingAnswerSoItBecomesUnansweredOrTheOpposite() {
        EnableWhen.Clause c = enableWhen.translate(new Condition.Not(new Condition.In("sex", List.of("male")))).orElseThrow();
        assertThat(c.behavior()).isEqualTo(EnableWhenBehavior.ANY);
        assertThat(c.when()).extracting(w -> w.getQuestion() + " " + w.getOperator().toCode() + " " + (w.getAnswer() instanceof org.hl7.fhir.r4.model.Coding coding ? coding.getCode() : w.getAnswer().primitiveValue()))
                .containsExactly("sex exists false", "sex != male");
        EnableWhen.Clause painBelow7 = enableWhen.translate(new Condition.Not(
                new Condition.Compare("pain_score", Comparison.GTE, 7))).orElseThrow();
        assertThat(painBelow7.when()).extracting(w -> w.getOperator().toCode()).containsExactly("exists", "<");
    }

    @Test
    void combinationsOfLeavesKeepTheirBehaviorAndAListTestBecomesAnyOfItsValues() {
        EnableWhen.Clause all = enableWhen.translate(new Condition.All(List.of(new Condition.Is("swelling", true),
                new Condition.Compare("age", Comparison.GTE, 50)))).orElseThrow();
        assertThat(all.behavior()).isEqualTo(EnableWhenBehavior.ALL);
        assertThat(all.when()).hasSize(2);
        EnableWhen.Clause any = enableWhen.translate(new Condition.ContainsAny("factors", List.of("stress", "caffeine"))).orElseThrow();
        assertThat(any.behavior()).isEqualTo(EnableWhenBehavior.ANY);
        assertThat(any.when()).extracting(w -> w.getAnswerCoding().getCode()).containsExactly("stress", "caffeine");
        assertThat(enableWhen.translate(new Condition.NonEmpty("medications")).orElseThrow().when())
                .extracting(w -> w.getAnswerCoding().getCode()).containsExactly("diuretic", "statin", "other")
                .doesNotContain(CodeSystems.NONE);
    }

    @Test
    void whatFhirCannotSayExactlyGetsNoEnableWhenSoTheQuestionIsAlwaysShown() {
        Condition mixed = new Condition.All(List.of(new Condition.Is("swelling", true),
                new Condition.In("sex", List.of("female", "other"))));
        assertThat(enableWhen.translate(mixed)).isEmpty();
        assertThat(enableWhen.translate(new Condition.Not(new Condition.In("sex", List.of("male", "other"))))).isEmpty();
        assertThat(enableWhen.translate(new Condition.Not(new Condition.Any(List.of(new Condition.Is("swelling", true)))))).isEmpty();
        assertThat(new QuestionnaireFactory(KNOWLEDGE).alwaysShown()).as("shipped askWhen are all exact").isEmpty();
    }

    @Test
    void theShippedBodySitesMapEveryLocationWithAValidSnomedCheckDigit() {
        BodySites sites = BodySites.builtIn(KNOWLEDGE);
        assertThat(sites.sites().keySet()).containsExactlyElementsOf(KNOWLEDGE.item("locations").orElseThrow()
                .values().stream().map(v -> v.value()).toList());
        assertThat(sites.sites().get("calf").code()).isEqualTo("53840002");
        assertThat(BodySites.Verhoeff.valid(DiaryObservations.CRAMP)).isTrue();
        assertThat(BodySites.Verhoeff.valid(DiaryObservations.FINDING_SITE)).isTrue();
        assertThat(BodySites.Verhoeff.valid("53840003")).isFalse();
    }

    @Test
    void aBrokenBodySiteFileIsRefusedWithEveryProblemAndItsPath() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree("""
                format: crampcare.fhir-body-sites
                formatVersion: 1
                system: http://snomed.info/sct
                sites:
                  - {value: calf, code: "53840003", display: Calf of leg, match: exact}
                  - {value: calf, code: "53840002", display: Calf of leg, match: exact}
                  - {value: elbow, code: "16953009", display: Elbow joint, match: exact}
                """);
        assertThatThrownBy(() -> BodySites.parse(doc, KNOWLEDGE)).hasMessageContaining("$.sites[0].code: 53840003 fails")
                .hasMessageContaining("$.sites[1].value: 'calf' is mapped twice")
                .hasMessageContaining("$.sites[2].value: 'elbow' is not a locations value")
                .hasMessageContaining("no entry for the locations value 'neck'");
        JsonNode wrongVersion = new ObjectMapper(new YAMLFactory()).readTree(
                "format: crampcare.fhir-body-sites\nformatVersion: 2\nsystem: http://snomed.info/sct\nsites: []\n");
        assertThatThrownBy(() -> BodySites.parse(wrongVersion, KNOWLEDGE)).hasMessageContaining("formatVersion");
    }
}
