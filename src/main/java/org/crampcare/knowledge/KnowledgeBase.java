package org.crampcare.knowledge;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The loaded, validated clinical knowledge: immutable and safe to share between threads.
 *
 * <p>Built only by {@link KnowledgeLoader}, so every instance has passed the schema and
 * cross-reference checks. Each instance speaks one {@link Language}; {@link #in(Language)} gives the
 * same knowledge in another, with the same ids, conditions and sources, so any feature that takes a
 * knowledge base speaks the language of the one it is given.
 */
public final class KnowledgeBase {
    private final Language language;
    private final KnowledgeBase base;
    private final Map<Language, KnowledgeBase> translations;
    private final String policyVersion;
    private final String fingerprint;
    private final Map<String, Source> sources;
    private final List<Screen> screens;
    private final Map<String, Item> items;
    private final List<Item> itemList;
    private final List<Rule> rules;
    private final Map<TriageLevel, LevelInfo> levels;
    private final List<ContentTopic> topics;
    private final Map<String, ContentEntry> entries;
    private final Hydration hydration;

    /**
     * The knowledge in every language: {@code contents} holds each, the base language's included.
     *
     * @param fingerprint a digest of every file read, translations included (see {@link #version()})
     */
    KnowledgeBase(String policyVersion, String fingerprint, Map<Language, Contents> contents) {
        this(policyVersion, fingerprint, Language.base(), contents, null);
    }

    private KnowledgeBase(String policyVersion, String fingerprint, Language language,
                          Map<Language, Contents> contents, KnowledgeBase base) {
        Contents c = java.util.Objects.requireNonNull(contents.get(language), "no " + language + " contents");
        this.language = language;
        this.base = base == null ? this : base;
        this.policyVersion = policyVersion;
        this.fingerprint = fingerprint;
        this.sources = index(c.sources(), Source::id);
        this.screens = c.screens();
        this.items = index(interviewOrder(c.screens(), c.items()), Item::id);
        this.itemList = List.copyOf(this.items.values());
        this.rules = c.rules();
        this.levels = index(c.levels(), LevelInfo::level);
        this.topics = c.topics();
        this.entries = index(topics.stream().flatMap(t -> t.entries().stream()).toList(), ContentEntry::id);
        this.hydration = c.hydration();
        Map<Language, KnowledgeBase> others = new EnumMap<>(Language.class);
        if (base == null) {
            for (Language other : Language.all()) {
                if (other != language) {
                    others.put(other, new KnowledgeBase(policyVersion, fingerprint, other, contents, this));
                }
            }
        }
        this.translations = java.util.Collections.unmodifiableMap(others);
    }

    /** The language of this knowledge's texts. */
    public Language language() {
        return language;
    }

    /**
     * The same knowledge in {@code language}: every text translated, everything else the same.
     * Cheap: every language is made once, when the knowledge is loaded.
     */
    public KnowledgeBase in(Language language) {
        if (language == this.language) {
            return this;
        }
        return base != this ? base.in(language) : translations.get(language);
    }

    /** The triage policy version the rules implement. */
    public String policyVersion() {
        return policyVersion;
    }

    /**
     * This knowledge's version: the policy version and a fingerprint of the files it was loaded
     * from, e.g. {@code 1-3fa9c2d1e0ab}. Any edit to a file gives a new version, so copies made
     * from older knowledge (the web app's offline pages) can be told apart and replaced.
     */
    public String version() {
        return policyVersion + "-" + fingerprint;
    }

    /** The cited sources by id, in file order. */
    public Map<String, Source> sources() {
        return sources;
    }

    /** The interview screens in the policy's order. */
    public List<Screen> screens() {
        return screens;
    }

    /** All items in interview order (screen by screen). */
    public List<Item> items() {
        return itemList;
    }

    /** The item with this id, if there is one. */
    public Optional<Item> item(String id) {
        return Optional.ofNullable(items.get(id));
    }

    /** The triage rules in policy order. */
    public List<Rule> rules() {
        return rules;
    }

    /** How a level is named and what the person should do. */
    public LevelInfo level(TriageLevel level) {
        return levels.get(level);
    }

    /** All content topics in index order. */
    public List<ContentTopic> topics() {
        return topics;
    }

    /** The topic with this id, if there is one. */
    public Optional<ContentTopic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The content entry with this id, if there is one. */
    public Optional<ContentEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** The daily fluid reference. */
    public Hydration hydration() {
        return hydration;
    }

    private static List<Item> interviewOrder(List<Screen> screens, List<Item> items) {
        Map<String, Item> byId = index(items, Item::id);
        return screens.stream().flatMap(s -> s.items().stream()).map(byId::get).toList();
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return java.util.Collections.unmodifiableMap(values.stream()
                .collect(Collectors.toMap(key, v -> v, (a, b) -> a, LinkedHashMap::new)));
    }
}
