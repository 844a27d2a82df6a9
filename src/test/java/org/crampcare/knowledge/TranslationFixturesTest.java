package org.crampcare.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Translations are checked against the English: every text translated, nothing unknown, none made
 * from older English, and the same wording rules (hazards H-06, H-12, H-16) in the translation's
 * language. The fixtures are broken on purpose.
 */
class TranslationFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/knowledge");

    @Test
    void aCompleteTranslationGivesTheSameKnowledgeInSpanish() {
        KnowledgeBase kb = KnowledgeLoader.fromFolder(FIXTURES.resolve("minimal"));
        KnowledgeBase es = kb.in(Language.ES);
        assertThat(es.language()).isEqualTo(Language.ES);
        assertThat(es.in(Language.EN)).isSameAs(kb);
        assertThat(es.items()).extracting(Item::id).containsExactlyElementsOf(kb.items().stream().map(Item::id).toList());
        assertThat(es.rules()).extracting(Rule::when).containsExactlyElementsOf(kb.rules().stream().map(Rule::when).toList());
        assertThat(es.items().get(0).question()).isNotEqualTo(kb.items().get(0).question());
    }

    @Test
    void missingUnknownAndStaleTranslationsAreEachReportedWithFileAndPath() {
        assertThat(problemsOf("translation-broken")).containsExactlyInAnyOrder(
                "es/sources.yaml $.language: says 'fr' but the file is in the 'es' folder",
                "es/items.yaml $.items[0].from: write the hash in quotes (from: \"963e7368\"): without them YAML reads some hashes as numbers",
                "es/items.yaml $.items[0].from: stale: translated from 12345678, but the English of item 'danger' (items.yaml $.items[0]) is now 647220ce; check the translation against the English, then set from: 647220ce",
                "es/items.yaml $.items[2]: missing the label of value 'foot': the English item 'where' has it",
                "es/items.yaml $.items[2].values[1]: the label of value 'knee' has no English text to translate in item 'where'",
                "es/rules.yaml $.rules: no translation of rule 'E1' (rules.yaml $.rules[0]); translate it with from: 2ce95c25",
                "es/rules.yaml $.rules[0].from: stale: translated from 0badf00d, but the English of rule 'A1' (rules.yaml $.rules[1]) is now ac0a07c6; check the translation against the English, then set from: ac0a07c6",
                "es/rules.yaml $.rules[1].id: translates unknown rule 'Z9': rules.yaml has none",
                "es/hydration.yaml $: the 'es' translation of hydration.yaml is missing; 'crampcare knowledge hashes --language es' lists what it needs",
                "es/tips.yaml $.entries[0].steps: 'steps' has no English text to translate in entry 'tips.calf'",
                "es/tips.yaml $.entries[1]: missing 'caveat': the English entry 'tips.any' has it",
                "es/tips.yaml $.entries: no translation of entry 'tips.own' (tips.yaml $.entries[2]); translate it with from: c3982c38",
                "es/tips.yaml $.entries[3].id: translates unknown entry 'tips.gone': tips.yaml has none");
    }

    @Test
    void translationsAreHeldToTheWordingRulesInTheirLanguage() {
        assertThat(problemsOf("translation-wording")).containsExactlyInAnyOrder(
                "es/rules.yaml $.rules[0].explanation: says 'Siga tomando': CrampCare never tells people to keep taking, start or stop a medicine ('siga tomando', 'deje de tomar'); say 'hable con quien le recetó el medicamento antes de cambiar nada'",
                "es/rules.yaml $.rules[0].explanation: says 'como se lo recetaron': CrampCare gives no advice on taking a prescription ('como se lo recetaron'); say to talk to the prescriber",
                "es/tips.yaml $.entries[0].text: says '500 mg': this looks like a dose, which CrampCare never gives",
                "es/tips.yaml $.entries[0]: says 'beba más': it urges drinking, so it needs fluidIntake: true (it is then left out for people who may be on a fluid limit)",
                "es/tips.yaml $.entries[2].text: says 'previene': a practical tip may not make a clinical claim; cite the sources that say it instead");
    }

    private static List<String> problemsOf(String folder) {
        Throwable thrown = catchThrowable(() -> KnowledgeLoader.fromFolder(FIXTURES.resolve(folder)));
        assertThat(thrown).isInstanceOf(KnowledgeException.class);
        return ((KnowledgeException) thrown).problems().stream().map(Problem::toString).toList();
    }
}
