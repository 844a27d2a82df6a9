package org.crampcare.selfcare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.crampcare.knowledge.ContentEntry;
import org.crampcare.knowledge.ContentTopic;

/**
 * One topic's entries, prepared once for fast selection: personal entries (with a condition)
 * apart from general ones, each already projected to the {@link AdviceItem} people see.
 */
final class TopicAdvice {
    private final List<ContentEntry> personal;
    private final List<ContentEntry> general;
    private final Map<String, AdviceItem> shown;
    private final Map<String, TopicAdvice> byGroup;

    TopicAdvice(ContentTopic topic) {
        this(topic, true);
    }

    private TopicAdvice(ContentTopic topic, boolean splitGroups) {
        this.personal = topic.entries().stream().filter(e -> !e.general()).toList();
        this.general = topic.entries().stream().filter(ContentEntry::general).toList();
        this.byGroup = !splitGroups ? Map.of() : topic.entries().stream()
                .collect(java.util.stream.Collectors.groupingBy(ContentEntry::group)).entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, g -> new TopicAdvice(
                        new ContentTopic(topic.id(), topic.title(), topic.intro(), g.getValue()), false)));
        this.shown = topic.entries().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                ContentEntry::id, AdviceItem::of));
    }

    static TopicAdvice empty() {
        return new TopicAdvice(new ContentTopic("none", "", "", List.of()), false);
    }

    /** Entries whose condition holds for these answers, in file order. */
    List<ContentEntry> personal(Map<String, Object> answers, Predicate<ContentEntry> keep) {
        List<ContentEntry> out = new ArrayList<>();
        for (ContentEntry e : personal) {
            if (keep.test(e) && e.when().test(answers)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Entries for the person first, then the general ones. */
    List<ContentEntry> personalFirst(Map<String, Object> answers, Predicate<ContentEntry> keep) {
        List<ContentEntry> out = personal(answers, keep);
        for (ContentEntry e : general) {
            if (keep.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The entries of one group (e.g. provider {@code asks}), prepared the same way; empty if none. */
    TopicAdvice group(String group) {
        return byGroup.getOrDefault(group, empty());
    }

    AdviceItem item(ContentEntry e) {
        return shown.get(e.id());
    }
}
