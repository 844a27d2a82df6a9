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
 * @param phrases       the lexicon's item phrases found, overlaps settled ({@link Sense#hides})
 * @param crampClauses  clauses that mention a cramp, pain or spasm (empty when none does)
 * @param writerClauses clauses with a word about the writer ("I", "my")
 * @param writerSentences sentences with a word about the writer other than a person's determiner ("mi vecino")
 * @param events        for each token, the event starting there: {@link #CRAMP}, {@link #OTHER} or 0
 * @param inFactor      for each token, whether it is part of a lifestyle factor ("sat for hours",
 *                      "8 hs en la compu"): a number there measures the factor, not a cramp
 */
record TextScan(List<Token> tokens, Scopes scopes, List<Hit<Sense>> phrases, Set<Integer> crampClauses,
                Set<Integer> writerClauses, Set<Integer> writerSentences, byte[] events, boolean[] inFactor) {
    static final byte CRAMP = 1;
    static final byte OTHER = 2;
    /** How far back a number looks for the event it measures. */
    static final int EVENT_WINDOW = 24;
    /** How far after a word about the writer a feeling word makes the clause only a feeling. */
    static final int FEELING_WORDS = 3;

    /** The item whose phrases are lifestyle factors. */
    static final String FACTORS = "factors";

    static TextScan of(Lexicon lexicon, List<Token> tokens, Scopes scopes) {
        return of(lexicon, tokens, scopes, java.util.Optional.empty());
    }

    /**
     * As {@link #of(Lexicon, List, Scopes)}, in a report about {@code reported}: the sentence that
     * names the reported person speaks of the person with the cramps, as "I" does ("my son has just
     * come in from helping his uncle spray the orchard").
     */
    static TextScan of(Lexicon lexicon, List<Token> tokens, Scopes scopes,
                       java.util.Optional<Hit<PersonGroup>> reported) {
        List<Hit<Sense>> phrases = lexicon.phrases().find(tokens, Sense::hides);
        boolean[] inFactor = new boolean[tokens.size()];
        for (Hit<Sense> h : phrases) {
            if (FACTORS.equals(h.meaning().item())) {
                java.util.Arrays.fill(inFactor, h.from(), h.to(), true);
            }
        }
        Set<Integer> clauses = new TreeSet<>();
        byte[] events = new byte[tokens.size()];
        lexicon.composition().activities().find(tokens).forEach(h -> events[h.from()] = OTHER);
        lexicon.composition().settings().find(tokens).forEach(h -> java.util.Arrays.fill(events, h.from(), h.to(), (byte) 0));
        Set<Integer> crampSentences = new TreeSet<>();
        lexicon.crampWords().find(tokens).forEach(h -> {
            if (!Scopes.someoneElse(scopes.silenced(h.from()))) {
                crampSentences.add(scopes.sentence(h.from()));
            }
            clauses.add(scopes.clause(h.from()));
            events[h.from()] = CRAMP;
            if (asksOnForm(tokens, h)) {
                clauses.add(scopes.clause(h.to()));
            }
        });
        Set<Integer> writer = new TreeSet<>();
        Set<Integer> writerSentences = new TreeSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (lexicon.firstPerson().has(tokens.get(i))) {
                writer.add(scopes.clause(i));
                boolean feels = onlyFeels(lexicon, tokens, scopes, i) && !crampSentences.contains(scopes.sentence(i));
                if (!determinesPerson(lexicon, tokens, i) && !feels) {
                    writerSentences.add(scopes.sentence(i));
                }
            }
        }
        reported.ifPresent(r -> writerSentences.add(scopes.sentence(r.from())));
        return new TextScan(tokens, scopes, phrases, Set.copyOf(clauses), Set.copyOf(writer), Set.copyOf(writerSentences),
                events, inFactor);
    }

    /**
     * Whether the hit is a form's question about the cramp, ending in its mark ("where? right foot",
     * "Where: hands and forearms"). Why: the answer, the clause after the mark, is about the cramp
     * too, though it names no cramp itself.
     */
    private static boolean asksOnForm(List<Token> tokens, Hit<?> h) {
        String last = tokens.get(h.to() - 1).word();
        return h.to() < tokens.size() && (last.equals("?") || last.equals(":"));
    }

    /** "MI vecino": the writer's word only says whose the person is, not that the writer was there. */
    private static boolean determinesPerson(Lexicon lexicon, List<Token> tokens, int i) {
        return i + 1 < tokens.size() && !lexicon.people().at(tokens, i + 1).isEmpty();
    }

    /**
     * Whether the writer's word at {@code i} only says how the writer feels: a feeling word within
     * {@link #FEELING_WORDS} words after it in its clause ("now I'm FREAKING out", "I'm a bit
     * PARANOID", "me PREOCUPA"). Why: such a clause does not put the writer where another person's
     * exposure happened ("my friend's dad was poisoned by pesticide and now I'm freaking out"). The
     * caller counts it only in a sentence with no cramp of the writer's: "... and I'm worried, CRAMPS
     * in both calves since" puts the writer there (review 10, S13).
     */
    private static boolean onlyFeels(Lexicon lexicon, List<Token> tokens, Scopes scopes, int i) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + FEELING_WORDS) && scopes.clause(k) == scopes.clause(i); k++) {
            if (lexicon.personLinks().feelings().contains(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence has a word about the writer ("yo", "me", "I", "my"). */
    boolean aboutWriter(int sentence) {
        return writerSentences.contains(sentence);
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
        return eventBefore(token, false);
    }

    /** As {@link #eventBefore(int)}, from the token itself when {@code inclusive}. */
    byte eventBefore(int token, boolean inclusive) {
        int sentence = scopes.sentence(token);
        boolean pastComma = false;
        int first = inclusive ? token : token - 1;
        for (int k = first; k >= Math.max(0, token - EVENT_WINDOW) && scopes.sentence(k) == sentence; k--) {
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
