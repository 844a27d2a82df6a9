package org.crampcare.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads and validates the whole knowledge base, reporting every problem at once.
 *
 * <p>Loading is all or nothing: either a complete {@link KnowledgeBase} comes back or a
 * {@link KnowledgeException} lists each problem with its file and path, so a clinician editing
 * files sees everything to fix in one pass.
 */
public final class KnowledgeLoader {
    /** The file that lists the content topic files, in browsing order. */
    public static final String INDEX = "index.yaml";

    private final Fingerprint files;
    private final List<Problem> problems = new ArrayList<>();
    private final Locations where = new Locations();
    private String policyVersion = "?";

    private KnowledgeLoader(KnowledgeFiles files) {
        this.files = new Fingerprint(files);
    }

    /** The knowledge shipped inside CrampCare. */
    public static KnowledgeBase builtIn() {
        return load(KnowledgeFiles.builtIn());
    }

    /** Knowledge files in a folder (same layout as the built-in {@code knowledge/} folder). */
    public static KnowledgeBase fromFolder(Path dir) {
        return load(KnowledgeFiles.folder(dir));
    }

    /** Loads from any file source; throws {@link KnowledgeException} listing every problem. */
    public static KnowledgeBase load(KnowledgeFiles files) {
        return new KnowledgeLoader(files).run();
    }

    /**
     * The hash of every English text, and the hash its translation into {@code language} was made
     * from (null when there is none): what a translator needs to add or refresh translations. The
     * English files must be valid; the translation files are read as far as they can be.
     */
    public static List<TranslationState> translationStates(KnowledgeFiles files, Language language) {
        KnowledgeLoader loader = new KnowledgeLoader(files);
        Contents english = loader.english();
        if (!loader.problems.isEmpty()) {
            throw new KnowledgeException(loader.problems);
        }
        return TranslationState.of(TextUnits.of(english, loader.where), files, language);
    }

    private KnowledgeBase run() {
        Contents english = english();
        Map<Language, Contents> all = new EnumMap<>(Language.class);
        all.put(Language.base(), english);
        if (problems.isEmpty()) {
            List<TextUnit> units = TextUnits.of(english, where);
            Language.all().stream().filter(l -> l != Language.base())
                    .forEach(l -> translation(l, english, units).ifPresent(c -> all.put(l, c)));
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return new KnowledgeBase(policyVersion, files.hex(), all);
    }

    /** The English knowledge, validated; problems are added when it is not valid. */
    private Contents english() {
        Optional<JsonNode> index = read(INDEX, "index.schema.json");
        List<Source> sources = read("sources.yaml", "sources.schema.json").map(this::sources).orElse(List.of());
        Optional<JsonNode> itemsDoc = read("items.yaml", "items.schema.json");
        List<Screen> screens = itemsDoc.map(this::screens).orElse(List.of());
        List<Item> items = itemsDoc.map(d -> items(d, screens)).orElse(List.of());
        Optional<JsonNode> rulesDoc = read("rules.yaml", "rules.schema.json");
        List<Rule> rules = rulesDoc.map(this::rules).orElse(List.of());
        List<LevelInfo> levels = rulesDoc.map(this::levels).orElse(List.of());
        policyVersion = rulesDoc.map(d -> d.get("policyVersion").asText()).orElse("?");
        Hydration hydration = read("hydration.yaml", "hydration.schema.json").map(this::hydration).orElse(null);
        List<ContentTopic> topics = new ArrayList<>();
        index.ifPresent(doc -> doc.get("content").forEach(f -> read(f.asText(), "content.schema.json")
                .ifPresent(d -> topics.add(topic(f.asText(), d)))));
        Contents english = new Contents(sources, screens, items, rules, levels, topics, hydration);
        boolean referencesLoaded = itemsDoc.isPresent() && !sources.isEmpty();
        if (referencesLoaded) {
            problems.addAll(new KnowledgeValidator(where, english).problems());
        }
        return english;
    }

    /**
     * The knowledge in {@code language}, checked against the English and held to the same
     * wording rules; empty when its translation has problems (they are added).
     */
    private Optional<Contents> translation(Language language, Contents english, List<TextUnit> units) {
        int before = problems.size();
        Locations translated = new Locations();
        Map<String, TranslatedUnit> texts = new TranslationCheck(language, problems).check(units, files, translated);
        if (problems.size() > before) {
            return Optional.empty();
        }
        Contents contents = new Translator(texts).translate(english);
        problems.addAll(new WordingCheck(translated, language).check(contents));
        return Optional.of(contents);
    }

    /** Calls {@code action} with each element of the array field and its JSON path. */
    private static void each(JsonNode doc, String field, java.util.function.BiConsumer<JsonNode, String> action) {
        JsonNode list = doc.get(field);
        for (int i = 0; i < list.size(); i++) {
            action.accept(list.get(i), "$." + field + "[" + i + "]");
        }
    }

    private void place(String kind, String id, String file, String path) {
        where.put(kind, id, file, path).ifPresent(problems::add);
    }

    private Optional<JsonNode> read(String file, String schema) {
        return YamlDocuments.readChecked(files, file, schema, problems);
    }

    private List<Source> sources(JsonNode doc) {
        List<Source> out = new ArrayList<>();
        each(doc, "sources", (s, path) -> {
            out.add(new Source(s.get("id").asText(), text(s, "publisher"), text(s, "title"), text(s, "date"),
                    text(s, "covers")));
            place("source", s.get("id").asText(), "sources.yaml", path);
        });
        return out;
    }

    private List<Screen> screens(JsonNode doc) {
        List<Screen> out = new ArrayList<>();
        each(doc, "screens", (s, path) -> {
            out.add(new Screen(s.get("id").asText(), text(s, "title"), text(s, "intro"),
                    ConditionParser.strings(s.get("items"))));
            place("screen", s.get("id").asText(), "items.yaml", path);
        });
        return out;
    }

    private List<Item> items(JsonNode doc, List<Screen> screens) {
        List<Item> out = new ArrayList<>();
        each(doc, "items", (n, path) -> {
            String id = n.get("id").asText();
            List<ItemValue> values = new ArrayList<>();
            if (n.has("values")) {
                n.get("values").forEach(v -> values.add(new ItemValue(v.get("value").asText(), v.get("label").asText())));
            }
            String screen = screens.stream().filter(s -> s.items().contains(id)).map(Screen::id).findFirst().orElse(null);
            out.add(new Item(id, ItemType.valueOf(n.get("type").asText().toUpperCase(Locale.ROOT)),
                    n.has("min") ? n.get("min").asDouble() : null, n.has("max") ? n.get("max").asDouble() : null,
                    text(n, "question"), text(n, "help"), values, ConditionParser.strings(n.get("sources")),
                    n.has("askWhen") ? ConditionParser.parse(n.get("askWhen")) : null, screen));
            place("item", id, "items.yaml", path);
        });
        return out;
    }

    private List<Rule> rules(JsonNode doc) {
        List<Rule> out = new ArrayList<>();
        each(doc, "rules", (r, path) -> {
            out.add(new Rule(r.get("id").asText(), TriageLevel.valueOf(r.get("level").asText()),
                    ConditionParser.parse(r.get("when")), text(r, "explanation"),
                    ConditionParser.strings(r.get("sources"))));
            place("rule", r.get("id").asText(), "rules.yaml", path);
        });
        return out;
    }

    private List<LevelInfo> levels(JsonNode doc) {
        List<LevelInfo> out = new ArrayList<>();
        each(doc, "levels", (l, path) -> {
            out.add(new LevelInfo(TriageLevel.valueOf(l.get("id").asText()), text(l, "label"), text(l, "action")));
            place("level", l.get("id").asText(), "rules.yaml", path);
        });
        return out;
    }

    private Hydration hydration(JsonNode doc) {
        List<FluidTarget> targets = new ArrayList<>();
        each(doc, "targets", (t, path) -> {
            targets.add(new FluidTarget(t.get("id").asText(), text(t, "label"),
                    t.has("when") ? ConditionParser.parse(t.get("when")) : null,
                    t.get("litres").asDouble(), t.get("ounces").asDouble(), t.get("glasses").asDouble()));
            place("target", t.get("id").asText(), "hydration.yaml", path);
        });
        place("hydration", "hydration", "hydration.yaml", "$");
        return new Hydration(doc.get("fromDrinksPercent").asInt(), text(doc, "note"), ConditionParser.strings(doc.get("sources")), targets,
                doc.has("withholdWhen") ? ConditionParser.parse(doc.get("withholdWhen")) : null,
                doc.has("withheldNote") ? text(doc, "withheldNote") : null);
    }

    private ContentTopic topic(String file, JsonNode doc) {
        String topic = doc.get("topic").asText();
        List<ContentEntry> entries = new ArrayList<>();
        each(doc, "entries", (e, path) -> {
            String id = e.get("id").asText();
            place("entry", id, file, path);
            entries.add(entry(topic, e));
        });
        place("topic", topic, file, "$");
        return new ContentTopic(topic, text(doc, "title"), text(doc, "intro"), entries);
    }

    private static ContentEntry entry(String topic, JsonNode e) {
        List<Integer> timer = new ArrayList<>();
        if (e.has("timerMinutes")) {
            e.get("timerMinutes").forEach(n -> timer.add(n.asInt()));
        }
        Basis basis = e.has("basis") ? Basis.of(text(e, "basis")) : Basis.SOURCES;
        return new ContentEntry(e.get("id").asText(), topic, text(e, "title"), e.has("group") ? text(e, "group") : "",
                text(e, "text"), ConditionParser.strings(e.get("steps")),
                e.has("when") ? ConditionParser.parse(e.get("when")) : null, evidence(e, basis),
                e.has("caveat") ? text(e, "caveat") : null, timer, ConditionParser.strings(e.get("sources")),
                ConditionParser.strings(e.get("questions")), ConditionParser.strings(e.get("keywords")), basis,
                e.path("fluidIntake").asBoolean(false));
    }

    /**
     * The entry's evidence as written; when not written, none for a practical tip and supported
     * otherwise (the validator refuses a tip that rates its evidence).
     */
    private static Evidence evidence(JsonNode e, Basis basis) {
        if (e.has("evidence")) {
            return Evidence.valueOf(text(e, "evidence").toUpperCase(Locale.ROOT));
        }
        return basis == Basis.PRACTICAL_TIP ? Evidence.NONE : Evidence.SUPPORTED;
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).asText().strip();
    }
}
