package org.crampcare.knowledge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-reference checks that a schema cannot express: ids that must exist or be unique, rules
 * that read real items and values, thresholds inside an item's range, every item on a screen.
 */
final class KnowledgeValidator {
    private final Locations where;
    private final Contents english;
    private final List<Screen> screens;
    private final List<Item> items;
    private final List<Rule> rules;
    private final List<LevelInfo> levels;
    private final List<ContentTopic> topics;
    private final Hydration hydration;
    private final Map<String, Item> itemsById;
    private final Set<String> sourceIds;
    private final List<Problem> problems = new ArrayList<>();

    KnowledgeValidator(Locations where, Contents english) {
        this.where = where;
        this.english = english;
        this.screens = english.screens();
        this.items = english.items();
        this.rules = english.rules();
        this.levels = english.levels();
        this.topics = english.topics();
        this.hydration = english.hydration();
        this.itemsById = items.stream().collect(Collectors.toMap(Item::id, i -> i, (a, b) -> a));
        this.sourceIds = english.sources().stream().map(Source::id).collect(Collectors.toSet());
    }

    List<Problem> problems() {
        checkScreens();
        items.forEach(this::checkItem);
        rules.forEach(this::checkRule);
        checkLevels();
        topics.forEach(t -> t.entries().forEach(this::checkEntry));
        checkHydration();
        problems.addAll(new WordingCheck(where, Language.base()).check(english));
        return problems;
    }

    private void checkScreens() {
        Set<String> asked = new HashSet<>();
        for (Screen s : screens) {
            for (int i = 0; i < s.items().size(); i++) {
                String id = s.items().get(i);
                if (!itemsById.containsKey(id)) {
                    problems.add(where.problem("screen", s.id(), ".items[" + i + "]", "unknown item '" + id + "'"));
                } else if (!asked.add(id)) {
                    problems.add(where.problem("screen", s.id(), ".items[" + i + "]",
                            "item '" + id + "' is already on another screen"));
                }
            }
        }
        items.stream().filter(i -> !asked.contains(i.id())).forEach(i ->
                problems.add(where.problem("item", i.id(), "", "no screen asks item '" + i.id() + "'")));
    }

    private void checkItem(Item item) {
        boolean hasValues = item.type() == ItemType.LIST || item.type() == ItemType.CHOICE;
        if (hasValues && item.values().isEmpty()) {
            problems.add(where.problem("item", item.id(), ".values", item.type().key() + " item needs values"));
        }
        if (!hasValues && !item.values().isEmpty()) {
            problems.add(where.problem("item", item.id(), ".values", item.type().key() + " item cannot have values"));
        }
        boolean numeric = item.type() == ItemType.INTEGER || item.type() == ItemType.NUMBER;
        if (numeric && (item.min() == null || item.max() == null)) {
            problems.add(where.problem("item", item.id(), "", item.type().key() + " item needs min and max"));
        } else if (numeric && item.min() > item.max()) {
            problems.add(where.problem("item", item.id(), ".min", "min " + item.min() + " is above max " + item.max()));
        }
        if (!numeric && (item.min() != null || item.max() != null)) {
            problems.add(where.problem("item", item.id(), ".min", item.type().key() + " item cannot have min or max"));
        }
        checkSources("item", item.id(), item.sources());
        item.askCondition().ifPresent(c -> {
            checkCondition("item", item.id(), ".askWhen", c);
            if (rules.stream().anyMatch(r -> r.items().contains(item.id()))) {
                problems.add(where.problem("item", item.id(), ".askWhen",
                        "a triage rule reads '" + item.id() + "', so it must always be asked"));
            }
        });
    }

    private void checkRule(Rule rule) {
        checkSources("rule", rule.id(), rule.sources());
        checkCondition("rule", rule.id(), ".when", rule.when());
        if (containsNot(rule.when())) {
            problems.add(where.problem("rule", rule.id(), ".when",
                    "'not' is not allowed in triage rules: a missing answer would fire the rule"));
        }
    }

    private static boolean containsNot(Condition c) {
        if (c instanceof Condition.Not) {
            return true;
        }
        if (c instanceof Condition.Any a) {
            return a.parts().stream().anyMatch(KnowledgeValidator::containsNot);
        }
        return c instanceof Condition.All a && a.parts().stream().anyMatch(KnowledgeValidator::containsNot);
    }

    private void checkLevels() {
        Set<TriageLevel> seen = EnumSet.noneOf(TriageLevel.class);
        for (LevelInfo l : levels) {
            if (!seen.add(l.level())) {
                problems.add(where.problem("level", l.level().name(), ".id", "level " + l.level() + " is listed twice"));
            }
        }
        EnumSet.complementOf(EnumSet.copyOf(seen.isEmpty() ? EnumSet.of(TriageLevel.SELF_CARE) : seen))
                .forEach(l -> problems.add(new Problem("rules.yaml", "$.levels", "level " + l + " is missing")));
    }

    private void checkEntry(ContentEntry e) {
        checkSources("entry", e.id(), e.sources());
        checkBasis(e);
        if (e.when() != null) {
            checkCondition("entry", e.id(), ".when", e.when());
        }
        if (e.timerMinutes().size() == 2 && e.timerMinutes().get(0) > e.timerMinutes().get(1)) {
            problems.add(where.problem("entry", e.id(), ".timerMinutes", "timer range is reversed"));
        }
    }

    /** A sourced entry cites at least one source; a practical tip cites none and rates no evidence. */
    private void checkBasis(ContentEntry e) {
        if (!e.tip() && e.sources().isEmpty()) {
            problems.add(where.problem("entry", e.id(), "", "cites no source: cite the articles that say it,"
                    + " or mark it 'basis: practical-tip' if it is CrampCare's own how-to detail"));
        }
        if (e.tip() && !e.sources().isEmpty()) {
            problems.add(where.problem("entry", e.id(), ".sources", "a practical tip cites no source;"
                    + " drop the sources, or make it a sourced entry if they say it"));
        }
        if (e.tip() && (e.evidence() != Evidence.NONE || e.caveat() != null)) {
            problems.add(where.problem("entry", e.id(), ".evidence",
                    "a practical tip rests on no source, so it has no evidence level or caveat"));
        }
    }

    private void checkHydration() {
        if (hydration == null) {
            return;
        }
        checkSources("hydration", "hydration", hydration.sources());
        hydration.targets().stream().filter(t -> t.when() != null)
                .forEach(t -> checkCondition("target", t.id(), ".when", t.when()));
        if (hydration.withholdWhen() != null) {
            checkCondition("hydration", "hydration", ".withholdWhen", hydration.withholdWhen());
        }
    }

    private void checkSources(String kind, String id, List<String> cited) {
        for (int i = 0; i < cited.size(); i++) {
            if (!sourceIds.contains(cited.get(i))) {
                problems.add(where.problem(kind, id, ".sources[" + i + "]", "unknown source id '" + cited.get(i) + "'"));
            }
        }
    }

    private void checkCondition(String kind, String id, String path, Condition c) {
        new ConditionCheck(itemsById, msg -> problems.add(where.problem(kind, id, path, msg))).check(c);
    }
}
