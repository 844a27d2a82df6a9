package org.crampcare.knowledge;

import java.util.List;

/**
 * Everything of the knowledge that has words in it, in one language: the parts a
 * {@link KnowledgeBase} is made of. A translation has the same ids, conditions and sources as
 * the English; only the texts differ.
 */
record Contents(List<Source> sources, List<Screen> screens, List<Item> items, List<Rule> rules,
                List<LevelInfo> levels, List<ContentTopic> topics, Hydration hydration) {
    Contents {
        sources = List.copyOf(sources);
        screens = List.copyOf(screens);
        items = List.copyOf(items);
        rules = List.copyOf(rules);
        levels = List.copyOf(levels);
        topics = List.copyOf(topics);
    }
}
