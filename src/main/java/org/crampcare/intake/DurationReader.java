package org.crampcare.intake;

import java.util.List;
import java.util.Set;

/**
 * Reads how long a typical cramp lasts, in minutes.
 *
 * <p>A duration counts only after words that say how long a cramp lasts ("lasts about", "gone
 * in", or "for" in a clause about a cramp), so "I sat on a plane for eleven hours", "an hour ago"
 * and "ten hours a day" are not cramp durations. Over-reading a duration could raise the level by
 * itself (more than 15 minutes), so here the reader is strict and leaves doubtful times to the
 * interview.
 */
final class DurationReader {
    private static final Set<String> NOT_A_DURATION_AFTER = Set.of("ago", "later", "old", "earlier",
            "of", "sleep", "drive", "flight", "walk", "run");
    private static final int LEAD_WINDOW = 5;

    private final Lexicon lexicon;
    private final NumberReader numbers;

    DurationReader(Lexicon lexicon, NumberReader numbers) {
        this.lexicon = lexicon;
        this.numbers = numbers;
    }

    void duration(TextScan scan, Quantity q, Findings findings) {
        List<Token> tokens = scan.tokens();
        if (q.to() >= tokens.size()) {
            return;
        }
        lexicon.numbers().durationUnits().longestAt(tokens, q.to()).ifPresent(unit -> {
            if (isCrampDuration(scan, q.from(), unit.to())) {
                findings.highest("episode_minutes", MeasureReader.round(q.value() * unit.meaning()), Span.of(tokens, q.from(), unit.to()));
            }
        });
    }

    /** "lasts for hours": a bare plural unit of an hour or more counts as two. */
    void bareDuration(TextScan scan, int i, Findings findings) {
        List<Token> tokens = scan.tokens();
        Token t = tokens.get(i);
        if (!t.word().endsWith("s") || (i > 0 && numbers.at(tokens, i - 1).isPresent())) {
            return;
        }
        lexicon.numbers().durationUnits().longestAt(tokens, i).filter(u -> u.meaning() >= 60 && u.length() == 1)
                .ifPresent(unit -> {
                    if (isCrampDuration(scan, i, unit.to())) {
                        findings.highest("episode_minutes", MeasureReader.round(2 * unit.meaning()), Span.of(tokens, i, unit.to()));
                    }
                });
    }

    private boolean isCrampDuration(TextScan scan, int from, int after) {
        List<Token> tokens = scan.tokens();
        if (after < tokens.size()) {
            Token next = tokens.get(after);
            if (NOT_A_DURATION_AFTER.contains(next.stem()) || NOT_A_DURATION_AFTER.contains(next.word())) {
                return false;
            }
            if (MeasureReader.PER.contains(next.word()) && after + 1 < tokens.size()
                    && lexicon.numbers().periods().longestAt(tokens, after + 1).isPresent()) {
                return false;
            }
        }
        return hasLead(scan, from);
    }

    private boolean hasLead(TextScan scan, int from) {
        List<Token> tokens = scan.tokens();
        int clause = scan.scopes().clause(from);
        int j = from;
        while (j > 0 && scan.scopes().clause(j - 1) == clause && lexicon.numbers().fillers().endsAt(tokens, j)) {
            j = fillerStart(tokens, j);
        }
        if (j > 0 && lexicon.durationLeads().endsAt(tokens, j)) {
            return true;
        }
        for (int k = Math.max(0, from - LEAD_WINDOW); k < from; k++) {
            if (scan.scopes().clause(k) == clause && !lexicon.weakDurationLeads().at(tokens, k).isEmpty()) {
                return scan.aboutCramp(from);
            }
        }
        return false;
    }

    private int fillerStart(List<Token> tokens, int end) {
        for (int start = Math.max(0, end - 3); start < end; start++) {
            for (Hit<Boolean> h : lexicon.numbers().fillers().at(tokens, start)) {
                if (h.to() == end) {
                    return start;
                }
            }
        }
        return end - 1;
    }

}
