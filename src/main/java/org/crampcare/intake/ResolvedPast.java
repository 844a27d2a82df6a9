package org.crampcare.intake;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * The resolved-past reading: which tokens tell of a past that is over ("a clot three years ago, long
 * gone"; "last year my calf swelled up, but it went away").
 *
 * <p>Two rules, both bounded so that a single cue in text typed without punctuation cannot silence
 * today's signs (hazard H-03): a resolved-past cue covers its comma-bounded segment, and a resolution
 * covers the stretch back to a past lead in the same or the previous fragment. Kept apart from
 * {@link Scopes}, which only silences the tokens found here.
 */
final class ResolvedPast {
    /** How far after a past lead's start a comma still only sets the lead apart ("Once, years ago,"). */
    static final int FRONTED_LEAD_WORDS = 4;
    /**
     * How many words a resolved-past cue reaches on each side inside its clause. Why a bound: in
     * text typed without punctuation the "clause" can be the whole message, and one cue ("it went
     * away years ago") would silence every sign in it, today's emergency included (hazard H-03).
     */
    static final int RESOLVED_PAST_WORDS = 10;

    private ResolvedPast() {
    }

    /**
     * Numbers the resolved-past segments: runs of tokens between clause boundaries and commas. A
     * cue silences its segment in both directions, up to {@link #RESOLVED_PAST_WORDS} words.
     */
    static int[] segments(List<Token> tokens, Boundaries b) {
        int[] segment = new int[tokens.size()];
        int n = 0;
        for (int j = 0; j < tokens.size(); j++) {
            boolean boundary = endsClause(tokens, b, j);
            if (boundary) {
                n++;
            }
            segment[j] = n;
            if (boundary) {
                n++;
            }
        }
        return segment;
    }

    /**
     * The range {start, end} of the segment around the cue that a resolved-past cue silences, at most
     * {@link #RESOLVED_PAST_WORDS} words either side. Each cue costs a bounded amount of work, so the
     * reading stays linear.
     */
    static int[] aroundCue(List<Token> tokens, int[] segment, Hit<CueKind> cue) {
        int seg = segment[cue.from()];
        int start = cue.from();
        for (int words = 0; start > 0 && segment[start - 1] == seg && words < RESOLVED_PAST_WORDS; start--) {
            if (tokens.get(start - 1).kind() != Token.Kind.PUNCTUATION) {
                words++;
            }
        }
        int end = cue.to();
        for (int words = 0; end < segment.length && segment[end] == segment[cue.to() - 1]
                && words < RESOLVED_PAST_WORDS; end++) {
            if (tokens.get(end).kind() != Token.Kind.PUNCTUATION) {
                words++;
            }
        }
        return new int[] {start, end};
    }

    /** A boundary for the resolved past: a clause boundary or any comma. */
    static boolean endsClause(List<Token> tokens, Boundaries b, int j) {
        return b.hard(j) || tokens.get(j).word().equals(",") || tokens.get(j).endsSentence();
    }

    /**
     * "Last year my calf swelled up, but it went away": a resolution after a past lead in the same
     * sentence, or making up the next one ("Last year my calf swelled up. It went away."), silences
     * everything from the lead to it: returns, for every token, whether it is silenced so. Each part alone says too little: "last year"
     * also opens "last year the cramps started and now my calf is swollen", and "it's gone now" also
     * ends tonight's cramp, whose signs still count. Not when the resolution is denied ("it never went
     * away") or a present mark stands between ("still", "today", "since then"), and only when the
     * resolution closes its clause ("last year the cramps began and I can no longer bear them" keeps its
     * red flag) and the lead's fragment or the next one ({@link #nextFragment}). The lead nearest before
     * each resolution is used; leads, marks and breaks are found once per text and no token is
     * silenced twice, so the work stays linear.
     */
    static boolean[] sinceAPastLead(Lexicon lexicon, List<Token> tokens, Boundaries b, IntPredicate negated) {
        boolean[] past = new boolean[tokens.size()];
        Composition words = lexicon.composition();
        List<Hit<Boolean>> resolutions = words.resolutions().find(tokens);
        if (resolutions.isEmpty()) {
            return past;
        }
        int[] lastLead = lastStartAtOrBefore(tokens.size(), words.pastLeads().find(tokens));
        int[] lastPresent = lastStartAtOrBefore(tokens.size(), words.presentMarks().find(tokens));
        int[] tailEnd = ends(tokens.size(), words.resolutionTails().find(tokens));
        int[] breaks = breaksBefore(tokens, b);
        int done = 0;
        for (Hit<Boolean> resolution : resolutions) {
            int at = resolution.from();
            int lead = at > 0 ? lastLead[at - 1] : -1;
            boolean denied = negated.test(at) || at > 0 && negated.test(at - 1);
            int after = resolution.to() < tokens.size() && tailEnd[resolution.to()] > 0 ? tailEnd[resolution.to()] : resolution.to();
            if (lead < 0 || denied || lastPresent[at - 1] >= lead || !Scopes.closesClause(lexicon, tokens, b, after)
                    || !nextFragment(tokens, breaks, lead, at)) {
                continue;
            }
            for (int j = Math.max(lead, done); j < resolution.to(); j++) {
                past[j] = true;
            }
            done = Math.max(done, resolution.to());
        }
        return past;
    }

    /**
     * Whether the resolution at {@code at} closes the lead's own fragment or the one right after it:
     * at most one run of breaks (a comma, a semicolon, a sentence end, a clause break) lies between
     * them, besides a comma within {@link #FRONTED_LEAD_WORDS} words of the lead's start ("Once, years
     * ago, my calf swelled, but it went away"). Further fragments may state today's signs ("years ago I
     * had a clot, the pain is unbearable but it goes away"), which a resolution must never reach.
     */
    private static boolean nextFragment(List<Token> tokens, int[] breaks, int lead, int at) {
        int runs = breaks[at] - breaks[lead + 1];
        if (runs <= 1) {
            return true;
        }
        int comma = lead + 1;
        while (comma < at && comma - lead <= FRONTED_LEAD_WORDS && !Scopes.separatesFragments(tokens, comma)) {
            comma++;
        }
        return runs == 2 && comma - lead <= FRONTED_LEAD_WORDS && breaks[comma + 1] - breaks[lead + 1] == 1;
    }

    /** For every token, how many runs of breaks start before it, so a range's count costs nothing. */
    private static int[] breaksBefore(List<Token> tokens, Boundaries b) {
        int[] before = new int[tokens.size() + 1];
        for (int j = 0; j < tokens.size(); j++) {
            boolean starts = endsClause(tokens, b, j) && !(j > 0 && endsClause(tokens, b, j - 1));
            before[j + 1] = before[j] + (starts ? 1 : 0);
        }
        return before;
    }

    /** For every token, the end of the longest hit that starts there, or 0. */
    private static int[] ends(int size, List<Hit<Boolean>> hits) {
        int[] end = new int[size];
        hits.forEach(h -> end[h.from()] = Math.max(end[h.from()], h.to()));
        return end;
    }

    /** For every token, the start of the last hit that begins at or before it, or -1. */
    private static int[] lastStartAtOrBefore(int size, List<Hit<Boolean>> hits) {
        boolean[] starts = new boolean[size];
        hits.forEach(h -> starts[h.from()] = true);
        int[] last = new int[size];
        int seen = -1;
        for (int j = 0; j < size; j++) {
            seen = starts[j] ? j : seen;
            last[j] = seen;
        }
        return last;
    }
}
