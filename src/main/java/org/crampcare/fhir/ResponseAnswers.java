package org.crampcare.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.ItemType;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Screen;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;

/**
 * Reads the answers of a QuestionnaireResponse whose {@code linkId}s are the contract's item ids.
 *
 * <p>Items may sit at the top level or inside a screen's group. A question with no answer counts
 * as "I don't know": unanswered, and not asked again by {@code $next-question}. Each answer must
 * have the value type of its item; values and ranges are then checked by the assessor itself, so
 * FHIR accepts exactly what the JSON API accepts. The first problem stops the whole response.
 */
final class ResponseAnswers {
    private final KnowledgeBase knowledge;
    private final Set<String> groups = new LinkedHashSet<>();

    ResponseAnswers(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        knowledge.screens().stream().map(Screen::id).forEach(groups::add);
    }

    /** The raw answers by item id (for the assessor) and the items left without an answer. */
    record Read(Map<String, Object> answers, Set<String> unanswered) {
    }

    Read read(QuestionnaireResponse response) {
        Map<String, Object> answers = new LinkedHashMap<>();
        Set<String> unanswered = new LinkedHashSet<>();
        walk(response.getItem(), answers, unanswered);
        return new Read(answers, unanswered);
    }

    private void walk(List<QuestionnaireResponseItemComponent> items, Map<String, Object> answers, Set<String> unanswered) {
        for (QuestionnaireResponseItemComponent it : items) {
            String linkId = it.getLinkId();
            if (linkId == null || linkId.isBlank()) {
                throw new FhirInputException(null, "QuestionnaireResponse.item", "every item needs a linkId");
            }
            if (groups.contains(linkId)) {
                if (it.hasAnswer()) {
                    throw FhirInputException.item(linkId, "is a group (a screen); put the answers in its items");
                }
                walk(it.getItem(), answers, unanswered);
                continue;
            }
            Item item = knowledge.item(linkId).orElseThrow(() -> FhirInputException.item(linkId,
                    "unknown linkId; expected one of " + knowledge.items().stream().map(Item::id).toList()));
            if (answers.containsKey(linkId) || unanswered.contains(linkId)) {
                throw FhirInputException.item(linkId, "appears twice; give each item once");
            }
            if (it.hasItem() || it.getAnswer().stream().anyMatch(QuestionnaireResponseItemAnswerComponent::hasItem)) {
                throw FhirInputException.item(linkId, "has nested items; CrampCare's questions have none");
            }
            if (!it.hasAnswer()) {
                unanswered.add(linkId);
            } else {
                answers.put(linkId, value(item, it.getAnswer()));
            }
        }
    }

    private Object value(Item item, List<QuestionnaireResponseItemAnswerComponent> given) {
        if (item.type() != ItemType.LIST && given.size() > 1) {
            throw FhirInputException.item(item.id(), "takes one answer, got " + given.size());
        }
        return switch (item.type()) {
            case BOOLEAN -> single(item, given, "valueBoolean", Type::isBooleanPrimitive, t -> t.castToBoolean(t).getValue());
            case INTEGER -> single(item, given, "valueInteger", t -> t.fhirType().equals("integer"),
                    t -> t.castToInteger(t).getValue());
            case NUMBER -> single(item, given, "valueDecimal or valueInteger",
                    t -> t.fhirType().equals("decimal") || t.fhirType().equals("integer"), ResponseAnswers::number);
            case CHOICE -> code(item, given.get(0).getValue());
            case LIST -> list(item, given);
        };
    }

    private static Object number(Type t) {
        if (t.fhirType().equals("integer")) {
            return t.castToInteger(t).getValue();
        }
        BigDecimal d = t.castToDecimal(t).getValue();
        return d.doubleValue();
    }

    private Object single(Item item, List<QuestionnaireResponseItemAnswerComponent> given, String expected,
                          java.util.function.Predicate<Type> fits, java.util.function.Function<Type, Object> read) {
        Type value = given.get(0).getValue();
        if (value == null || !fits.test(value)) {
            throw FhirInputException.item(item.id(), "expected " + expected + range(item) + ", got "
                    + (value == null ? "no value" : "a " + value.fhirType()));
        }
        return read.apply(value);
    }

    private List<String> list(Item item, List<QuestionnaireResponseItemAnswerComponent> given) {
        List<String> codes = new ArrayList<>();
        for (QuestionnaireResponseItemAnswerComponent a : given) {
            codes.add(code(item, a.getValue()));
        }
        if (codes.contains(CodeSystems.NONE)) {
            if (codes.size() > 1) {
                throw FhirInputException.item(item.id(), "'" + CodeSystems.NONE + "' cannot go with other answers");
            }
            return List.of();
        }
        return codes;
    }

    private String code(Item item, Type value) {
        String system = Canonical.codeSystem(Canonical.answerSystemId(item.id()));
        if (!(value instanceof Coding coding) || !system.equals(coding.getSystem()) || !coding.hasCode()) {
            throw FhirInputException.item(item.id(), "expected valueCoding with system " + system + " and a code from "
                    + codes(item) + ", got " + (value == null ? "no value" : "a " + value.fhirType()
                    + (value instanceof Coding c ? " with system " + c.getSystem() : "")));
        }
        if (!item.allows(coding.getCode()) && !(item.type() == ItemType.LIST && CodeSystems.NONE.equals(coding.getCode()))) {
            throw FhirInputException.item(item.id(), "expected a code from " + codes(item) + ", got '" + coding.getCode() + "'");
        }
        return coding.getCode();
    }

    private static List<String> codes(Item item) {
        List<String> codes = new ArrayList<>(item.values().stream().map(v -> v.value()).toList());
        if (item.type() == ItemType.LIST) {
            codes.add(CodeSystems.NONE);
        }
        return codes;
    }

    private static String range(Item item) {
        return item.min() == null ? "" : " from " + plain(item.min()) + " to " + plain(item.max());
    }

    private static String plain(Double d) {
        return d == null ? "?" : d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }
}
