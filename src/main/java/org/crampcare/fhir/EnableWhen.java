package org.crampcare.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crampcare.knowledge.Comparison;
import org.crampcare.knowledge.Condition;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.ItemType;
import org.crampcare.knowledge.KnowledgeBase;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Type;

/**
 * Translates an item's {@code askWhen} condition into FHIR {@code enableWhen} with its
 * {@code enableBehavior}, only where FHIR can say exactly the same thing.
 *
 * <p>CrampCare's leaf tests never hold for a missing answer, like FHIR's comparisons; a negated
 * test holds for a missing answer, so it becomes "not answered ({@code exists false}) or the
 * opposite comparison" under {@code any}. FHIR has one behavior per item and no nesting, so a
 * condition that mixes {@code any} and {@code all}, or negates a combination, has no exact
 * translation: that item then gets no {@code enableWhen} at all and is always shown. Showing a
 * question too often is harmless; hiding one that could matter is not.
 */
final class EnableWhen {
    private final KnowledgeBase knowledge;

    EnableWhen(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The exact translation, or empty when FHIR cannot express the condition exactly. */
    Optional<Clause> translate(Condition condition) {
        return clause(condition);
    }

    private Optional<Clause> clause(Condition c) {
        if (c instanceof Condition.Not not) {
            return negated(not.part());
        }
        if (c instanceof Condition.Any any) {
            return combined(any.parts(), EnableWhenBehavior.ANY);
        }
        if (c instanceof Condition.All all) {
            return combined(all.parts(), EnableWhenBehavior.ALL);
        }
        return Optional.of(leaf(c));
    }

    private Clause leaf(Condition c) {
        if (c instanceof Condition.Is is) {
            return Clause.of(when(is.item(), QuestionnaireItemOperator.EQUAL, new BooleanType(is.value())));
        }
        if (c instanceof Condition.Compare cmp) {
            return Clause.of(when(cmp.item(), operator(cmp.op()), number(cmp.item(), cmp.threshold())));
        }
        if (c instanceof Condition.In in) {
            return anyEqual(in.item(), in.values());
        }
        if (c instanceof Condition.ContainsAny contains) {
            return anyEqual(contains.item(), contains.values());
        }
        Condition.NonEmpty nonEmpty = (Condition.NonEmpty) c;
        return anyEqual(nonEmpty.item(), item(nonEmpty.item()).values().stream().map(v -> v.value()).toList());
    }

    /** not(part): "unanswered, or the opposite", exact only for a single comparison. */
    private Optional<Clause> negated(Condition part) {
        String id = part.items().get(0);
        Type opposite;
        QuestionnaireItemOperator op;
        if (part instanceof Condition.Is is) {
            op = QuestionnaireItemOperator.EQUAL;
            opposite = new BooleanType(!is.value());
        } else if (part instanceof Condition.Compare cmp) {
            op = operator(negate(cmp.op()));
            opposite = number(id, cmp.threshold());
        } else if (part instanceof Condition.In in && in.values().size() == 1) {
            op = QuestionnaireItemOperator.NOT_EQUAL;
            opposite = coding(id, in.values().get(0));
        } else {
            return Optional.empty();
        }
        QuestionnaireItemEnableWhenComponent unanswered = when(id, QuestionnaireItemOperator.EXISTS, new BooleanType(false));
        return Optional.of(new Clause(List.of(unanswered, when(id, op, opposite)), EnableWhenBehavior.ANY));
    }

    private Optional<Clause> combined(List<Condition> parts, EnableWhenBehavior behavior) {
        List<QuestionnaireItemEnableWhenComponent> all = new ArrayList<>();
        for (Condition part : parts) {
            Optional<Clause> clause = clause(part);
            if (clause.isEmpty() || (clause.get().when().size() > 1 && clause.get().behavior() != behavior)) {
                return Optional.empty();
            }
            all.addAll(clause.get().when());
        }
        return Optional.of(new Clause(all, behavior));
    }

    private Clause anyEqual(String itemId, List<String> values) {
        List<QuestionnaireItemEnableWhenComponent> list = new ArrayList<>();
        for (String v : values) {
            list.add(when(itemId, QuestionnaireItemOperator.EQUAL, coding(itemId, v)));
        }
        return new Clause(list, EnableWhenBehavior.ANY);
    }

    private Coding coding(String itemId, String value) {
        return new Coding(Canonical.codeSystem(Canonical.answerSystemId(itemId)), value, item(itemId).labelOf(value));
    }

    private Type number(String itemId, double threshold) {
        return item(itemId).type() == ItemType.INTEGER && threshold == Math.rint(threshold)
                ? new IntegerType((int) threshold) : new DecimalType(threshold);
    }

    private Item item(String id) {
        return knowledge.item(id).orElseThrow(() -> new IllegalStateException("condition reads unknown item " + id));
    }

    private static QuestionnaireItemEnableWhenComponent when(String question, QuestionnaireItemOperator op, Type answer) {
        return new QuestionnaireItemEnableWhenComponent().setQuestion(question).setOperator(op).setAnswer(answer);
    }

    private static QuestionnaireItemOperator operator(Comparison op) {
        return switch (op) {
            case GTE -> QuestionnaireItemOperator.GREATER_OR_EQUAL;
            case GT -> QuestionnaireItemOperator.GREATER_THAN;
            case LTE -> QuestionnaireItemOperator.LESS_OR_EQUAL;
            case LT -> QuestionnaireItemOperator.LESS_THAN;
        };
    }

    private static Comparison negate(Comparison op) {
        return switch (op) {
            case GTE -> Comparison.LT;
            case GT -> Comparison.LTE;
            case LTE -> Comparison.GT;
            case LT -> Comparison.GTE;
        };
    }

    /** enableWhen entries and how they combine (behavior matters only with more than one). */
    record Clause(List<QuestionnaireItemEnableWhenComponent> when, EnableWhenBehavior behavior) {
        static Clause of(QuestionnaireItemEnableWhenComponent single) {
            return new Clause(List.of(single), EnableWhenBehavior.ALL);
        }
    }
}
