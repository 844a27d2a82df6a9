package org.crampcare.intake;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One text prepared for reading: its tokens, their ConText scopes, the clauses about a cramp, and
 * where events start (a cramp, or another activity such as gardening or dialysis).
 *
 * <p>Events let a number attach to what it measures: "after gardening for hours" measures the
 * gardening, "dialysis three times a week" the dialysis, "calf cramp, 30 secs" the cramp. A
 * number belongs to the nearest event before it in its sentence.
 *
 * @param crampClauses  clauses that mention a cramp, pain or spasm (empty when none does)
 * @param writerClauses clauses with a word about the writer ("I", "my")
 * @param events        for each token, the event starting there: {@link #CRAMP}, {@link #OTHER} or 0
 */
record TextScan(List<Token> tokens, Scopes scopes, Set<Integer> crampClauses, Set<Integer> writerClauses,
                byte[] events) {
    static final byte CRAMP = 1;
    static final byte OTHER = 2;
    /** How far back a number looks for the event it measures. */
    static final int EVENT_WINDOW = 16;

    static TextScan of(Lexicon lexicon, List<Token> tokens, Scopes scopes) {
        Set<Integer> clauses = new TreeSet<>();
        byte[] events = new byte[tokens.size()];
        lexicon.composition().activities().find(tokens).forEach(h -> events[h.from()] = OTHER);
        lexicon.crampWords().find(tokens).forEach(h -> {
            clauses.add(scopes.clause(h.from()));
            events[h.from()] = CRAMP;
        });
        Set<Integer> writer = new TreeSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (lexicon.firstPerson().contains(tokens.get(i).stem())) {
                writer.add(scopes.clause(i));
            }
        }
        return new TextScan(tokens, scopes, Set.copyOf(clauses), Set.copyOf(writer), events);
    }

    /**
     * Whether a rate here may be the cramps' rate: not measuring another activity ("I walk every
     * day", "dialysis three times a week"), and in a clause about a cramp, in one that does not
     * speak of the writer ("it happens every night"), or after a cramp in its sentence.
     */
    boolean mayBeCrampRate(int token) {
        byte event = eventBefore(token);
        return event != OTHER && (event == CRAMP || aboutCramp(token) || !writerClauses.contains(scopes.clause(token)));
    }

    /** Whether the token is in a clause about a cramp, or the text names no cramp at all. */
    boolean aboutCramp(int token) {
        return crampClauses.isEmpty() || crampClauses.contains(scopes.clause(token));
    }

    /**
     * The nearest event before the token in its sentence, within {@link #EVENT_WINDOW} tokens, or 0.
     * Another activity counts only within the token's comma-free stretch: in "cramps after
     * gardening, once or twice a week" the rate is the cramps', in "after gardening for hours" the
     * hours are the gardening's.
     */
    byte eventBefore(int token) {
        int sentence = scopes.sentence(token);
        boolean pastComma = false;
        for (int k = token - 1; k >= Math.max(0, token - EVENT_WINDOW) && scopes.sentence(k) == sentence; k--) {
            pastComma |= tokens.get(k).word().equals(",");
            if (events[k] == CRAMP || (events[k] == OTHER && !pastComma)) {
                return events[k];
            }
        }
        return 0;
    }

    /** Whether an event of another activity starts at this token. */
    boolean otherEventAt(int token) {
        return token < events.length && events[token] == OTHER;
    }

    /**
     * Whether a number here must be ignored: negated, hypothetical, past or someone else's.
     * Hedges ("maybe a four out of ten") do not count: people hedge most numbers they give. A
     * negation counts only within its comma-free stretch ("won't let go, been an hour" keeps the hour).
     */
    boolean ignored(int token) {
        String why = scopes.silenced(token);
        return (why != null && !why.equals(Scopes.UNCERTAIN)) || negatedHere(token);
    }

    private boolean negatedHere(int token) {
        int cue = scopes.negationCue(token);
        if (cue < 0) {
            return false;
        }
        for (int k = cue; k < token; k++) {
            if (tokens.get(k).word().equals(",")) {
                return false;
            }
        }
        return true;
    }
}
