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

    TopicAdvice(ContentTopic topic) {
        this.personal = topic.entries().stream().filter(e -> !e.general()).toList();
        this.general = topic.entries().stream().filter(ContentEntry::general).toList();
        this.shown = topic.entries().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                ContentEntry::id, AdviceItem::of));
    }

    static TopicAdvice empty() {
        return new TopicAdvice(new ContentTopic("none", "", "", List.of()));
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

    AdviceItem item(ContentEntry e) {
        return shown.get(e.id());
    }
}
