package org.crampcare.knowledge;

import java.util.List;
import java.util.Map;

/**
 * Makes a language's {@link Contents} from the English ones and the checked translated texts:
 * the same ids, conditions, sources and numbers, with the translated words.
 *
 * <p>Search phrasings are not texts people read: a translated entry carries the questions its
 * translation lists in its own language (none when it lists none), never the English ones, and no
 * keywords.
 */
final class Translator {
    private final Map<String, TranslatedUnit> texts;

    /** @param texts the translated units by {@code kind:id}, one for every English unit */
    Translator(Map<String, TranslatedUnit> texts) {
        this.texts = texts;
    }

    Contents translate(Contents en) {
        return new Contents(
                en.sources().stream().map(s -> new Source(s.id(), s.publisher(), s.title(), s.date(),
                        t("source", s.id()).text("covers"))).toList(),
                en.screens().stream().map(s -> new Screen(s.id(), t("screen", s.id()).text("title"),
                        t("screen", s.id()).text("intro"), s.items())).toList(),
                en.items().stream().map(this::item).toList(),
                en.rules().stream().map(r -> new Rule(r.id(), r.level(), r.when(), t("rule", r.id()).text("explanation"),
                        r.sources())).toList(),
                en.levels().stream().map(l -> new LevelInfo(l.level(), t("level", l.level().name()).text("label"),
                        t("level", l.level().name()).text("action"))).toList(),
                en.topics().stream().map(this::topic).toList(),
                en.hydration() == null ? null : hydration(en.hydration()));
    }

    private Item item(Item i) {
        TranslatedUnit t = t("item", i.id());
        List<ItemValue> values = i.values().stream()
                .map(v -> new ItemValue(v.value(), t.text("values." + v.value()))).toList();
        return new Item(i.id(), i.type(), i.min(), i.max(), t.text("question"), t.text("help"), values, i.sources(),
                i.askWhen(), i.screen());
    }

    private ContentTopic topic(ContentTopic topic) {
        TranslatedUnit t = t("topic", topic.id());
        return new ContentTopic(topic.id(), t.text("title"), t.text("intro"),
                topic.entries().stream().map(this::entry).toList());
    }

    private ContentEntry entry(ContentEntry e) {
        TranslatedUnit t = t("entry", e.id());
        return new ContentEntry(e.id(), e.topic(), t.text("title"), e.group(), t.text("text"),
                t.fields().getOrDefault("steps", List.of()), e.when(), e.evidence(),
                e.caveat() == null ? null : t.text("caveat"), e.timerMinutes(), e.sources(), t.questions(), List.of(),
                e.basis(), e.fluidIntake());
    }

    private Hydration hydration(Hydration h) {
        TranslatedUnit t = t("hydration", "hydration");
        List<FluidTarget> targets = h.targets().stream().map(f -> new FluidTarget(f.id(), t("target", f.id()).text("label"),
                f.when(), f.litres(), f.ounces(), f.glasses())).toList();
        return new Hydration(h.fromDrinksPercent(), t.text("note"), h.sources(), targets, h.withholdWhen(),
                h.withheldNote() == null ? null : t.text("withheldNote"));
    }

    private TranslatedUnit t(String kind, String id) {
        TranslatedUnit t = texts.get(kind + ":" + id);
        if (t == null) {
            throw new IllegalStateException("no checked translation of " + kind + " '" + id + "'");
        }
        return t;
    }
}
