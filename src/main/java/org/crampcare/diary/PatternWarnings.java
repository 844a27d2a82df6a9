package org.crampcare.diary;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Rule;
import org.jdbi.v3.core.Jdbi;

/**
 * Finds triage rules that the recent diary meets: frequent cramps (A2), cramps that woke the person
 * (A8) and long cramps (A3), all over the last four weeks.
 *
 * <p>The explanation and sources come from the loaded knowledge, so an edited rule is shown as
 * edited; a rule the knowledge does not have produces no warning.
 */
final class PatternWarnings {
    static final Duration WINDOW = Duration.ofDays(28);
    static final int WEEKS = 4;
    static final String FREQUENT = "A2";
    static final String LONG = "A3";
    static final String WOKE = "A8";
    static final int FREQUENT_PER_WEEK = 3;
    static final int LONG_SECONDS = 15 * 60;

    private final Jdbi jdbi;
    private final KnowledgeBase knowledge;
    private final Clock clock;

    PatternWarnings(Jdbi jdbi, KnowledgeBase knowledge, Clock clock) {
        this.jdbi = jdbi;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    List<PatternWarning> of(long personId) {
        long now = clock.millis();
        Recent r = jdbi.withHandle(h -> h.createQuery("SELECT count(*) AS total,"
                        + " sum(CASE WHEN activities LIKE :asleep THEN 1 ELSE 0 END) AS woke,"
                        + " sum(CASE WHEN duration_seconds > :long THEN 1 ELSE 0 END) AS long_ones,"
                        + " max(duration_seconds) AS longest"
                        + " FROM cramp WHERE person_id = :p AND occurred_at > :since AND occurred_at <= :now")
                .bind("asleep", ListColumn.containing(Activity.ASLEEP)).bind("long", LONG_SECONDS)
                .bind("p", personId).bind("since", now - WINDOW.toMillis()).bind("now", now)
                .map((rs, ctx) -> new Recent(rs.getLong("total"), rs.getLong("woke"), rs.getLong("long_ones"),
                        rs.getLong("longest")))
                .one());
        List<PatternWarning> warnings = new ArrayList<>();
        if (r.total() >= (long) FREQUENT_PER_WEEK * WEEKS) {
            warning(FREQUENT, String.format(java.util.Locale.ROOT, "%d cramps in the last %d weeks (%.1f a week)",
                    r.total(), WEEKS, r.total() / (double) WEEKS), r.total(), r).ifPresent(warnings::add);
        }
        if (r.longOnes() > 0) {
            warning(LONG, r.longOnes() + (r.longOnes() == 1 ? " cramp" : " cramps") + " in the last " + WEEKS
                    + " weeks lasted longer than 15 minutes (the longest " + r.longestMinutes() + " minutes)",
                    r.longOnes(), r).ifPresent(warnings::add);
        }
        if (r.woke() > 0) {
            warning(WOKE, r.woke() + (r.woke() == 1 ? " cramp" : " cramps") + " in the last " + WEEKS
                    + " weeks woke you from sleep", r.woke(), r).ifPresent(warnings::add);
        }
        return warnings;
    }

    private Optional<PatternWarning> warning(String ruleId, String finding, long cramps, Recent r) {
        return knowledge.rules().stream().filter(rule -> rule.id().equals(ruleId)).findFirst()
                .map(rule -> new PatternWarning(rule.id(), rule.level(), rule.explanation(), finding, sources(rule),
                        cramps, WEEKS, r.longestMinutes()));
    }

    private List<org.crampcare.knowledge.Source> sources(Rule rule) {
        return rule.sources().stream().map(id -> knowledge.sources().get(id)).filter(Objects::nonNull).toList();
    }

    /** Counts over the window; sums are 0 (not null) when there are no rows because getLong reads null as 0. */
    private record Recent(long total, long woke, long longOnes, long longest) {
        long longestMinutes() {
            return (longest + 59) / 60;
        }
    }
}
