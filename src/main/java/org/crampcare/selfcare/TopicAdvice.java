package org.crampcare.selfcare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crampcare.knowledge.Condition;
import org.crampcare.knowledge.ContentEntry;
import org.crampcare.knowledge.ContentTopic;

/**
 * One topic's entries, prepared once for fast selection: personal entries (with a condition)
 * apart from general ones, each already projected to the {@link AdviceItem} people see.
 *
 * <p>Every selection takes {@code fluidLimit}: when it is true, entries that give a fluid amount
 * or urge drinking more are left out (hazard H-12), the same way the daily amounts are withheld.
 */
final class TopicAdvice {
    private final List<Personal> personal;
    private final List<AdviceItem> general;
    private final List<AdviceItem> generalWithoutFluidIntake;
    private final Map<String, TopicAdvice> byGroup;

    /** An entry shown when its condition holds. */
    private record Personal(Condition when, AdviceItem item) {
    }

    TopicAdvice(ContentTopic topic) {
        this(topic, true);
    }

    private TopicAdvice(ContentTopic topic, boolean splitGroups) {
        this.personal = topic.entries().stream().filter(e -> !e.general())
                .map(e -> new Personal(e.when(), AdviceItem.of(e))).toList();
        this.general = topic.entries().stream().filter(ContentEntry::general).map(AdviceItem::of).toList();
        this.generalWithoutFluidIntake = general.stream().filter(i -> !i.fluidIntake()).toList();
        this.byGroup = !splitGroups ? Map.of() : topic.entries().stream()
                .collect(Collectors.groupingBy(ContentEntry::group)).entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, g -> new TopicAdvice(
                        new ContentTopic(topic.id(), topic.title(), topic.intro(), g.getValue()), false)));
    }

    static TopicAdvice empty() {
        return new TopicAdvice(new ContentTopic("none", "", "", List.of()), false);
    }

    /** Items whose condition holds for these answers, in file order. */
    List<AdviceItem> personal(Map<String, Object> answers, boolean fluidLimit) {
        List<AdviceItem> out = new ArrayList<>();
        for (Personal p : personal) {
            if (!(fluidLimit && p.item().fluidIntake()) && p.when().test(answers)) {
                out.add(p.item());
            }
        }
        return out;
    }

    /** Items for the person first, then the general ones. */
    List<AdviceItem> personalFirst(Map<String, Object> answers, boolean fluidLimit) {
        List<AdviceItem> out = personal(answers, fluidLimit);
        out.addAll(fluidLimit ? generalWithoutFluidIntake : general);
        return out;
    }

    /** The entries of one group (e.g. provider {@code asks}), prepared the same way; empty if none. */
    TopicAdvice group(String group) {
        return byGroup.getOrDefault(group, empty());
    }
}
