package org.crampcare.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.ItemType;
import org.crampcare.knowledge.ItemValue;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.LevelInfo;
import org.crampcare.knowledge.Rule;
import org.crampcare.knowledge.Source;
import org.crampcare.knowledge.TriageLevel;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.StringType;

/**
 * CrampCare's code systems, generated from the loaded knowledge (never a second copy): the answer
 * values of every choice and list item, the four triage levels, the triage rules with their
 * sources, and the diary's own observation codes ({@link DiaryCodes}).
 *
 * <p>A list item's code system has one extra code, {@value #NONE}: FHIR has no empty answer, so
 * "none of these" must be a code to count as answered, as the policy requires.
 */
final class CodeSystems {
    /** The code that answers a list item with "none of these". */
    static final String NONE = "none";
    private final Map<String, CodeSystem> byId = new LinkedHashMap<>();

    CodeSystems(KnowledgeBase knowledge) {
        for (Item item : knowledge.items()) {
            if (!item.values().isEmpty()) {
                add(answers(item, knowledge.policyVersion()));
            }
        }
        add(levels(knowledge));
        add(rules(knowledge));
        add(DiaryCodes.codeSystem(knowledge.policyVersion()));
    }

    /** Every code system by id, in a stable order. */
    Map<String, CodeSystem> byId() {
        return java.util.Collections.unmodifiableMap(byId);
    }

    private void add(CodeSystem system) {
        byId.put(system.getIdElement().getIdPart(), system);
    }

    private static CodeSystem answers(Item item, String version) {
        if (item.type() == ItemType.LIST && item.allows(NONE)) {
            throw new IllegalStateException("item " + item.id() + " has a value '" + NONE
                    + "', which the FHIR mapping reserves for 'none of these'");
        }
        CodeSystem cs = shell(Canonical.answerSystemId(item.id()), version,
                "Answers to '" + item.id() + "'", "The answer values of the CrampCare interview item '"
                        + item.id() + "': " + item.question());
        for (ItemValue v : item.values()) {
            cs.addConcept().setCode(v.value()).setDisplay(v.label());
        }
        if (item.type() == ItemType.LIST) {
            cs.addConcept().setCode(NONE).setDisplay("None of these")
                    .setDefinition("The person picked none of the values: the question is answered with an empty list.");
        }
        return cs;
    }

    private static CodeSystem levels(KnowledgeBase knowledge) {
        CodeSystem cs = shell(Canonical.TRIAGE_LEVEL_ID, knowledge.policyVersion(), "CrampCare triage levels",
                "The four levels of the CrampCare triage policy, most urgent first; the highest level any rule reaches wins.");
        for (TriageLevel level : TriageLevel.values()) {
            LevelInfo info = knowledge.level(level);
            cs.addConcept().setCode(level.name()).setDisplay(info.label()).setDefinition(info.action());
        }
        return cs;
    }

    private static CodeSystem rules(KnowledgeBase knowledge) {
        CodeSystem cs = shell(Canonical.TRIAGE_RULE_ID, knowledge.policyVersion(), "CrampCare triage rules",
                "The rules of the CrampCare triage policy: each concept's definition is the explanation shown to "
                        + "the person, its properties the level it sets and the sources behind it.");
        cs.addProperty().setCode("level").setType(CodeSystem.PropertyType.CODE)
                .setDescription("The triage level the rule sets (a code of " + Canonical.codeSystem(Canonical.TRIAGE_LEVEL_ID) + ")");
        cs.addProperty().setCode("source").setType(CodeSystem.PropertyType.STRING)
                .setDescription("A source that says it: publisher, title and date");
        for (Rule rule : knowledge.rules()) {
            ConceptDefinitionComponent c = cs.addConcept().setCode(rule.id())
                    .setDisplay("Rule " + rule.id() + " (" + rule.when().describe() + ")").setDefinition(rule.explanation());
            c.addProperty().setCode("level").setValue(new CodeType(rule.level().name()));
            for (String source : citations(knowledge, rule.sources())) {
                c.addProperty().setCode("source").setValue(new StringType(source));
            }
        }
        return cs;
    }

    /** The sources as citations: publisher, "title", date. */
    static List<String> citations(KnowledgeBase knowledge, List<String> sourceIds) {
        List<String> out = new ArrayList<>();
        for (String id : sourceIds) {
            Source s = knowledge.sources().get(id);
            out.add(s == null ? id : s.publisher() + ", \"" + s.title() + "\" (" + s.date() + ")");
        }
        return out;
    }

    /** A complete, active code system with the given id and nothing in it yet. */
    static CodeSystem shell(String id, String version, String title, String description) {
        CodeSystem cs = new CodeSystem();
        cs.setId(id);
        cs.setUrl(Canonical.codeSystem(id));
        cs.setVersion(version);
        cs.setName(name(id));
        cs.setTitle(title);
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setExperimental(false);
        cs.setPublisher("CrampCare");
        cs.setDescription(description);
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        return cs;
    }

    /** A computer-friendly name: the id in CamelCase (FHIR's cnl-0 wants no dashes). */
    private static String name(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }
}
