package org.crampcare.intake;

import java.util.List;

/**
 * Reads how long a typical cramp lasts, in minutes.
 *
 * <p>A duration counts only after words that say how long a cramp lasts ("lasts about", "gone
 * in", or "for" in a clause about a cramp), so "I sat on a plane for eleven hours", "an hour ago"
 * and "ten hours a day" are not cramp durations. Over-reading a duration could raise the level by
 * itself (more than 15 minutes), so here the reader is strict and leaves doubtful times to the
 * interview. A number with no lead still counts when the nearest event before it in its sentence
 * is the cramp ("hamstring cramp post-session, 1 min"), never when it is another activity
 * ("stretched for 10 mins", "after gardening for hours").
 */
final class DurationReader {
    private static final double SECONDS_PER_MINUTE = 60;
    private static final double SECONDS_PER_HOUR = 3600;
    /**
     * The longest duration read, the item's upper bound: "a cramp for 48 hours" is read as a day,
     * still long (A3), rather than a value the contract refuses, which would lose the whole text.
     */
    static final double DAY_MINUTES = 24 * 60;
    private static final int LEAD_WINDOW = 5;
    /** The most words (the unit and small words) of a sentence that only adds a time to the one before. */
    static final int SHORT_SENTENCE_WORDS = 5;
    /** How far before a number "hace" makes it a time ago: "hace más de 20 minutos". */
    private static final int AGO_WINDOW = 3;
    /** How far after "hace media hora" a word may say the cramp is still going. */
    private static final int STILL_WINDOW = 8;

    private final Lexicon lexicon;
    private final Numbers.NumberLinks links;
    private final NumberReader numbers;

    DurationReader(Lexicon lexicon, NumberReader numbers) {
        this.lexicon = lexicon;
        this.links = lexicon.numbers().links();
        this.numbers = numbers;
    }

    void duration(TextScan scan, Quantity q, Findings findings) {
        List<Token> tokens = scan.tokens();
        if (q.to() >= tokens.size() || isVague(links, tokens, q)) {
            return;
        }
        lexicon.numbers().durationUnits().longestAt(tokens, q.to()).ifPresent(unit -> {
            double count = upperOfRange(tokens, q.value(), unit.to());
            if (isCrampDuration(scan, q.from(), unit.to())) {
                findings.highest("episode_minutes", Math.min(DAY_MINUTES, minutes(count, unit.meaning())),
                        Span.of(tokens, q.from(), unit.to()));
            }
        });
    }

    /** Minutes in {@code count} units of {@code seconds} each, unrounded (20 s is a third of a minute). */
    private static double minutes(double count, double seconds) {
        return count * seconds / SECONDS_PER_MINUTE;
    }

    /** "a minute or two": the range closes after the unit; its upper bound is the safer count. */
    private double upperOfRange(List<Token> tokens, double value, int afterUnit) {
        if (afterUnit + 1 < tokens.size() && links.unitRange().contains(tokens.get(afterUnit).word())) {
            return numbers.at(tokens, afterUnit + 1).filter(Quantity::bare).map(o -> Math.max(value, o.value())).orElse(value);
        }
        return value;
    }

    /** Quantities too vague to label ("a few seconds", "several minutes", "less than a minute"). */
    static boolean isVague(Numbers.NumberLinks links, List<Token> tokens, Quantity q) {
        for (int i = q.from(); i < q.to(); i++) {
            if (links.vague().contains(tokens.get(i).word())) {
                return true;
            }
        }
        return false;
    }

    /** "lasts for hours": a bare plural unit of an hour or more counts as two. */
    void bareDuration(TextScan scan, int i, Findings findings) {
        List<Token> tokens = scan.tokens();
        Token t = tokens.get(i);
        if (!t.word().endsWith("s") || (i > 0 && numbers.at(tokens, i - 1).isPresent())
                || (i > 0 && links.vague().contains(tokens.get(i - 1).word()))) {
            return;
        }
        lexicon.numbers().durationUnits().longestAt(tokens, i).filter(u -> u.meaning() >= SECONDS_PER_HOUR && u.length() == 1)
                .ifPresent(unit -> {
                    if (isCrampDuration(scan, i, unit.to())) {
                        findings.highest("episode_minutes", minutes(2, unit.meaning()), Span.of(tokens, i, unit.to()));
                    }
                });
    }

    private boolean isCrampDuration(TextScan scan, int from, int after) {
        List<Token> tokens = scan.tokens();
        if (after < tokens.size()) {
            Token next = tokens.get(after);
            boolean stillGoing = links.later().contains(next.word()) && stillBefore(scan, from);
            if (leadFollows(tokens, after) && !agoBefore(tokens, from)) {
                return true;
            }
            if (!stillGoing && (links.notDurationAfter().contains(next.stem()) || links.notDurationAfter().contains(next.word()))) {
                return false;
            }
            if (scan.otherEventAt(after) || (links.per().contains(next.word()) && after + 1 < tokens.size()
                    && lexicon.numbers().periods().longestAt(tokens, after + 1).isPresent())) {
                return false;
            }
        }
        if (measuresFactor(scan, from, after)) {
            return false;
        }
        if (agoBefore(scan.tokens(), from)) {
            return (stillAfter(scan, after) || stillBeforeAgo(scan, from))
                    && scan.crampClauses().contains(scan.scopes().clause(from));
        }
        byte event = scan.eventBefore(from);
        if (event == TextScan.OTHER) {
            return strongLead(scan, from);
        }
        return hasLead(scan, from) || event == TextScan.CRAMP || (event == 0 && afterCrampInShortSentence(scan, from));
    }

    /**
     * "Calf cramp at the beach. 30 seconds and done.": a sentence of a few words holding the number
     * and no event of its own goes on about the previous sentence, so when that sentence ended on a
     * cramp the time is the cramp's. A longer sentence may be about anything, so it needs a lead.
     */
    private static boolean afterCrampInShortSentence(TextScan scan, int from) {
        List<Token> tokens = scan.tokens();
        int sentence = scan.scopes().sentence(from);
        int words = 0;
        int start = from;
        while (start > 0 && scan.scopes().sentence(start - 1) == sentence) {
            start--;
        }
        for (int k = start; k < tokens.size() && scan.scopes().sentence(k) == sentence; k++) {
            words += tokens.get(k).kind() == Token.Kind.WORD ? 1 : 0;
        }
        return words <= SHORT_SENTENCE_WORDS && start > 0 && scan.eventBefore(start - 1, true) == TextScan.CRAMP;
    }

    /** "calambres de 20 minutos DE DURACIÓN": a lead right after the unit says what the number measures. */
    private boolean leadFollows(List<Token> tokens, int after) {
        return lexicon.durationLeads().at(tokens, after).stream().anyMatch(h -> h.length() > 1);
    }

    /** "sitting for hours", "8 hs en la compu": the time is part of a lifestyle factor, which it measures. */
    private static boolean measuresFactor(TextScan scan, int from, int after) {
        for (int k = from; k < after; k++) {
            if (scan.inFactor()[k]) {
                return true;
            }
        }
        return false;
    }

    /** "hace media hora", "desde hace como 2 horas": a time ago, not how long something lasts. */
    private boolean agoBefore(List<Token> tokens, int from) {
        for (int k = from - 1; k >= Math.max(0, from - AGO_WINDOW); k--) {
            if (links.agoLeads().contains(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "hace media hora y sigue", "hace 20 minutos que tengo el calambre": the cramp that started
     * that long ago is still going, so the time is how long it has lasted.
     */
    private boolean stillAfter(TextScan scan, int after) {
        List<Token> tokens = scan.tokens();
        int sentence = after < tokens.size() ? scan.scopes().sentence(after - 1) : -1;
        for (int k = after; k < Math.min(tokens.size(), after + STILL_WINDOW) && scan.scopes().sentence(k) == sentence
                && !contrastBetween(scan, after - 1, k); k++) {
            if (links.still().contains(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a new clause not joined by "and" starts between two tokens: "se me fue hace dos horas
     * PERO la pierna sigue" is about something else; "hace 20 minutos Y todavía lo tengo" is not.
     */
    private boolean contrastBetween(TextScan scan, int from, int to) {
        List<Token> tokens = scan.tokens();
        for (int k = from + 1; k <= to; k++) {
            boolean joined = lexicon.grammar().and().contains(tokens.get(k).word())
                    || lexicon.grammar().and().contains(tokens.get(k - 1).word());
            if (scan.scopes().clause(k) != scan.scopes().clause(k - 1) && !joined) {
                return true;
            }
        }
        return false;
    }

    /**
     * "tengo un calambre en el gemelo desde hace 40 minutos": a present-tense cramp named in the
     * same clause before the time ago is still going, so the time is how long it has lasted. The
     * window reaches past the cramp's place ("en la pantorrilla derecha") to its verb.
     */
    private boolean stillBeforeAgo(TextScan scan, int from) {
        int clause = scan.scopes().clause(from);
        int reach = STILL_WINDOW + AGO_WINDOW;
        for (int k = from - 1; k >= Math.max(0, from - reach) && scan.scopes().clause(k) == clause; k--) {
            if (links.still().contains(scan.tokens().get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /** "still locked solid 20 min later": the cramp is still going after that long. */
    private boolean stillBefore(TextScan scan, int from) {
        int clause = scan.scopes().clause(from);
        for (int k = from - 1; k >= Math.max(0, from - LEAD_WINDOW) && scan.scopes().clause(k) == clause; k--) {
            if (links.still().contains(scan.tokens().get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lead right before the number, fillers aside: "the cramp lasts about ten minutes"; a lead
     * may itself end in a filler word ("se me quita A LOS 5 minutos").
     */
    private boolean strongLead(TextScan scan, int from) {
        List<Token> tokens = scan.tokens();
        int clause = scan.scopes().clause(from);
        int j = from;
        while (j > 0 && !lexicon.durationLeads().endsAt(tokens, j) && scan.scopes().clause(j - 1) == clause
                && lexicon.numbers().fillers().endsAt(tokens, j)) {
            j = fillerStart(tokens, j);
        }
        return j > 0 && lexicon.durationLeads().endsAt(tokens, j);
    }

    private boolean hasLead(TextScan scan, int from) {
        List<Token> tokens = scan.tokens();
        int clause = scan.scopes().clause(from);
        if (strongLead(scan, from)) {
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
