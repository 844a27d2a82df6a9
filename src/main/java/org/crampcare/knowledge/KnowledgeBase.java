package org.crampcare.knowledge;

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
 * cross-reference checks.
 */
public final class KnowledgeBase {
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

    KnowledgeBase(String policyVersion, String fingerprint, List<Source> sources, List<Screen> screens,
                  List<Item> items, List<Rule> rules, List<LevelInfo> levels, List<ContentTopic> topics,
                  Hydration hydration) {
        this.policyVersion = policyVersion;
        this.fingerprint = fingerprint;
        this.sources = index(sources, Source::id);
        this.screens = List.copyOf(screens);
        this.items = index(interviewOrder(screens, items), Item::id);
        this.itemList = List.copyOf(this.items.values());
        this.rules = List.copyOf(rules);
        this.levels = index(levels, LevelInfo::level);
        this.topics = List.copyOf(topics);
        this.entries = index(topics.stream().flatMap(t -> t.entries().stream()).toList(), ContentEntry::id);
        this.hydration = hydration;
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
