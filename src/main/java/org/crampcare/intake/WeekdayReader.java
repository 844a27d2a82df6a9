package org.crampcare.intake;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads weekly rates from lists of weekdays: "Mon, Wed and Fri" = 3 a week, a list of two or more
 * different days joined only by the language's day joiners, in a clause about a cramp. A single day
 * ("on Saturday") is one event, not a rate.
 *
 * <p>A list that belongs to another activity ("voy al gimnasio lunes, miércoles y viernes") is the
 * cramps' rate only when a later clause about a cramp, in the same or the next sentence, points
 * back to those days ("y justo esos días se me acalambran"; "on those days my calves cramp").
 */
final class WeekdayReader {
    /** How far after a weekday list words pointing back to it are looked for. */
    private static final int SAME_DAYS_WINDOW = 30;
    private final Lexicon lexicon;
    private final Numbers.NumberLinks links;

    WeekdayReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.links = lexicon.numbers().links();
    }

    void read(TextScan scan, Findings findings) {
        List<Token> tokens = scan.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Hit<Double>> day = lexicon.numbers().weekdays().longestAt(tokens, i);
            if (day.isEmpty()) {
                i++;
                continue;
            }
            Set<Double> days = new HashSet<>();
            int first = i;
            int end = i;
            while (day.isPresent()) {
                days.add(day.get().meaning());
                end = day.get().to();
                int next = end;
                while (next < tokens.size() && links.dayJoiners().contains(tokens.get(next).word())) {
                    next++;
                }
                day = next < tokens.size() ? lexicon.numbers().weekdays().longestAt(tokens, next) : Optional.empty();
            }
            if (days.size() >= 2 && !scan.ignored(first)) {
                Span span = Span.of(tokens, first, end);
                if (scan.mayBeCrampRate(first) && (scan.aboutCramp(first) || scan.aboutCramp(end - 1))) {
                    findings.highest("episodes_per_week", (double) days.size(), span);
                } else {
                    sameDaysLater(scan, end, days.size(), span, findings);
                }
            }
            i = end;
        }
    }

    /**
     * "...lunes, miércoles y viernes, y justo esos días se me acalambran": the days are the cramps'
     * when words pointing back to them come within {@link #SAME_DAYS_WINDOW} tokens, in the same or
     * the next sentence, with a cramp named after them in their sentence. The window keeps the work
     * linear however many lists a text has.
     */
    private void sameDaysLater(TextScan scan, int after, int days, Span list, Findings findings) {
        List<Token> tokens = scan.tokens();
        int lastSentence = scan.scopes().sentence(after - 1) + 1;
        int end = Math.min(tokens.size(), after + SAME_DAYS_WINDOW);
        for (int k = after; k < end && scan.scopes().sentence(k) <= lastSentence; k++) {
            Optional<Hit<Boolean>> same = lexicon.numbers().sameDays().longestAt(tokens, k);
            if (same.isPresent() && !scan.ignored(k) && crampFollows(scan, same.get().from(), end)) {
                findings.highest("episodes_per_week", (double) days, new Span(list.start(), tokens.get(same.get().to() - 1).end()));
                return;
            }
        }
    }

    /** Whether a clause about a cramp starts at or after {@code from}, before {@code end}, in its sentence. */
    private static boolean crampFollows(TextScan scan, int from, int end) {
        int sentence = scan.scopes().sentence(from);
        for (int k = from; k < end && scan.scopes().sentence(k) == sentence; k++) {
            if (scan.crampClauses().contains(scan.scopes().clause(k))) {
                return true;
            }
        }
        return false;
    }
}
