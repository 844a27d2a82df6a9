package org.crampcare.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every {@link TextUnit} of the English knowledge, in file order: the texts a translation must
 * carry, each located in its English file.
 *
 * <p>Source publishers and article titles are names and stay as they are; every other text people
 * see is here.
 */
final class TextUnits {
    private final Locations where;
    private final List<TextUnit> units = new ArrayList<>();

    private TextUnits(Locations where) {
        this.where = where;
    }

    /** The units of these contents, located by {@code where} (the English files' locations). */
    static List<TextUnit> of(Contents english, Locations where) {
        TextUnits out = new TextUnits(where);
        english.sources().forEach(s -> out.add("source", s.id(), Map.of("covers", List.of(s.covers()))));
        english.screens().forEach(s -> out.add("screen", s.id(), fields("title", s.title(), "intro", s.intro())));
        english.items().forEach(out::item);
        english.levels().forEach(l -> out.add("level", l.level().name(),
                fields("label", l.label(), "action", l.action())));
        english.rules().forEach(r -> out.add("rule", r.id(), fields("explanation", r.explanation())));
        if (english.hydration() != null) {
            Hydration h = english.hydration();
            out.add("hydration", "hydration", fields("note", h.note(), "withheldNote", h.withheldNote()));
            h.targets().forEach(t -> out.add("target", t.id(), fields("label", t.label())));
        }
        english.topics().forEach(out::topic);
        return List.copyOf(out.units);
    }

    private void item(Item item) {
        Map<String, List<String>> fields = fields("question", item.question(), "help", item.help());
        item.values().forEach(v -> fields.put("values." + v.value(), List.of(v.label())));
        add("item", item.id(), fields);
    }

    private void topic(ContentTopic topic) {
        add("topic", topic.id(), fields("title", topic.title(), "intro", topic.intro()));
        for (ContentEntry e : topic.entries()) {
            Map<String, List<String>> fields = fields("title", e.title(), "text", e.text());
            if (!e.steps().isEmpty()) {
                fields.put("steps", e.steps());
            }
            if (e.caveat() != null) {
                fields.put("caveat", List.of(e.caveat()));
            }
            add("entry", e.id(), fields);
        }
    }

    private void add(String kind, String id, Map<String, List<String>> fields) {
        Problem place = where.problem(kind, id, "", "");
        units.add(new TextUnit(kind, id, place.file(), place.path(), fields));
    }

    /** Single-text fields by name, in the order given, leaving out absent ones. */
    private static Map<String, List<String>> fields(String... namesAndTexts) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            if (namesAndTexts[i + 1] != null) {
                out.put(namesAndTexts[i], List.of(namesAndTexts[i + 1]));
            }
        }
        return out;
    }
}
