package org.crampcare.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.ItemType;
import org.crampcare.knowledge.ItemValue;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Rule;
import org.crampcare.knowledge.Screen;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.ResourceType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.Type;

/**
 * The interview as a FHIR Questionnaire, generated from the loaded knowledge: one group per
 * screen, each item's {@code linkId} its contract id, answer options as codings of
 * {@link CodeSystems}, help text as a help display item, {@code askWhen} as {@code enableWhen}
 * where FHIR can say it exactly ({@link EnableWhen}), and the policy version as {@code version}.
 */
final class QuestionnaireFactory {
    static final String HELP_SUFFIX = ".help";
    static final String INTRO_SUFFIX = ".intro";
    private final KnowledgeBase knowledge;
    private final EnableWhen enableWhen;
    private final Map<String, QuestionnaireItemComponent> questions = new LinkedHashMap<>();
    private final List<String> alwaysShown = new ArrayList<>();
    private final Questionnaire full;

    QuestionnaireFactory(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.enableWhen = new EnableWhen(knowledge);
        this.full = build();
    }

    /** A fresh copy of the whole Questionnaire (HAPI resources are mutable, so callers get their own). */
    Questionnaire full() {
        return full.copy();
    }

    /** A fresh copy of one question (with its help item, without enableWhen), for an adaptive form. */
    QuestionnaireItemComponent question(String itemId) {
        QuestionnaireItemComponent q = questions.get(itemId).copy();
        q.getEnableWhen().clear();
        q.setEnableBehavior(null);
        return q;
    }

    /** An empty group for the screen with this id, or null when there is no such screen. */
    QuestionnaireItemComponent group(String screenId) {
        return knowledge.screens().stream().filter(sc -> sc.id().equals(screenId)).findFirst()
                .map(sc -> new QuestionnaireItemComponent().setLinkId(sc.id()).setText(sc.title())
                        .setType(QuestionnaireItemType.GROUP)).orElse(null);
    }

    /** Whether an item with this id is a question of the interview. */
    boolean isQuestion(String itemId) {
        return questions.containsKey(itemId);
    }

    /** Items with an askWhen that FHIR cannot express exactly; they carry no enableWhen and are always shown. */
    List<String> alwaysShown() {
        return List.copyOf(alwaysShown);
    }

    private Questionnaire build() {
        Questionnaire q = new Questionnaire();
        q.setId(Canonical.QUESTIONNAIRE_ID);
        q.setUrl(Canonical.QUESTIONNAIRE);
        q.setVersion(knowledge.policyVersion());
        q.setName("CrampCareAssessment");
        q.setTitle("CrampCare cramp assessment");
        q.setStatus(PublicationStatus.ACTIVE);
        q.setExperimental(false);
        q.setPublisher("CrampCare");
        q.addSubjectType(ResourceType.PATIENT.toCode());
        q.setDescription("The CrampCare interview for muscle cramps and spasms, generated from the knowledge files of "
                + "triage policy version " + knowledge.policyVersion() + ". Send the answers to "
                + "QuestionnaireResponse/$assess for the triage level, or use Questionnaire/$next-question to ask "
                + "only what could still change it.");
        for (Screen screen : knowledge.screens()) {
            QuestionnaireItemComponent group = q.addItem().setLinkId(screen.id()).setText(screen.title())
                    .setType(QuestionnaireItemType.GROUP);
            group.addItem().setLinkId(screen.id() + INTRO_SUFFIX).setText(screen.intro()).setType(QuestionnaireItemType.DISPLAY);
            for (String id : screen.items()) {
                QuestionnaireItemComponent question = question(knowledge.item(id).orElseThrow());
                questions.put(id, question);
                group.addItem(question);
            }
        }
        return q;
    }

    private QuestionnaireItemComponent question(Item item) {
        QuestionnaireItemComponent q = new QuestionnaireItemComponent().setLinkId(item.id()).setText(item.question())
                .setType(type(item.type())).setRequired(false).setRepeats(item.type() == ItemType.LIST);
        for (ItemValue v : item.values()) {
            q.addAnswerOption().setValue(new Coding(Canonical.codeSystem(Canonical.answerSystemId(item.id())), v.value(), v.label()));
        }
        if (item.type() == ItemType.LIST) {
            q.addAnswerOption().setValue(new Coding(Canonical.codeSystem(Canonical.answerSystemId(item.id())),
                    CodeSystems.NONE, "None of these"));
        }
        if (item.min() != null) {
            q.addExtension(Canonical.MIN_VALUE, bound(item, item.min()));
        }
        if (item.max() != null) {
            q.addExtension(Canonical.MAX_VALUE, bound(item, item.max()));
        }
        item.askCondition().ifPresent(condition -> addEnableWhen(q, item, condition));
        QuestionnaireItemComponent help = q.addItem().setLinkId(item.id() + HELP_SUFFIX).setText(item.help())
                .setType(QuestionnaireItemType.DISPLAY);
        help.addExtension(Canonical.ITEM_CONTROL_EXTENSION,
                new CodeableConcept(new Coding(Canonical.ITEM_CONTROL, "help", "Help-Button")));
        return q;
    }

    /** enableWhen only when exact, and never on an item a rule reads (it must always be asked). */
    private void addEnableWhen(QuestionnaireItemComponent q, Item item, org.crampcare.knowledge.Condition condition) {
        boolean readByRule = knowledge.rules().stream().map(Rule::items).anyMatch(ids -> ids.contains(item.id()));
        Optional<EnableWhen.Clause> clause = readByRule ? Optional.empty() : enableWhen.translate(condition);
        if (clause.isEmpty()) {
            alwaysShown.add(item.id());
            return;
        }
        clause.get().when().forEach(q::addEnableWhen);
        if (clause.get().when().size() > 1) {
            q.setEnableBehavior(clause.get().behavior());
        }
    }

    private static Type bound(Item item, double value) {
        return item.type() == ItemType.INTEGER ? new IntegerType((int) value) : new DecimalType(value);
    }

    static QuestionnaireItemType type(ItemType type) {
        return switch (type) {
            case BOOLEAN -> QuestionnaireItemType.BOOLEAN;
            case INTEGER -> QuestionnaireItemType.INTEGER;
            case NUMBER -> QuestionnaireItemType.DECIMAL;
            case CHOICE, LIST -> QuestionnaireItemType.CHOICE;
        };
    }
}
