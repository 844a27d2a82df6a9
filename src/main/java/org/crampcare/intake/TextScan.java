package org.crampcare.intake;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One text prepared for reading: its tokens, their ConText scopes, and the clauses about a cramp.
 *
 * @param crampClauses  clauses that mention a cramp, pain or spasm (empty when none does)
 * @param writerClauses clauses with a word about the writer ("I", "my")
 */
record TextScan(List<Token> tokens, Scopes scopes, Set<Integer> crampClauses, Set<Integer> writerClauses) {

    static TextScan of(Lexicon lexicon, List<Token> tokens, Scopes scopes) {
        Set<Integer> clauses = new TreeSet<>();
        lexicon.crampWords().find(tokens).forEach(h -> clauses.add(scopes.clause(h.from())));
        Set<Integer> writer = new TreeSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (lexicon.firstPerson().contains(tokens.get(i).stem())) {
                writer.add(scopes.clause(i));
            }
        }
        return new TextScan(tokens, scopes, Set.copyOf(clauses), Set.copyOf(writer));
    }

    /**
     * Whether a rate here may be the cramps' rate: in a clause about a cramp, or in one that does
     * not speak of the writer ("it happens every night"), but not "I walk every day".
     */
    boolean mayBeCrampRate(int token) {
        return aboutCramp(token) || !writerClauses.contains(scopes.clause(token));
    }

    /** Whether the token is in a clause about a cramp, or the text names no cramp at all. */
    boolean aboutCramp(int token) {
        return crampClauses.isEmpty() || crampClauses.contains(scopes.clause(token));
    }

    /**
     * Whether a number here must be ignored: negated, hypothetical, past or someone else's.
     * Hedges ("maybe a four out of ten") do not count: people hedge most numbers they give.
     */
    boolean ignored(int token) {
        String why = scopes.silenced(token);
        return (why != null && !why.equals(Scopes.UNCERTAIN)) || scopes.negationCue(token) >= 0;
    }
}
