package org.crampcare.intake;

import java.util.List;

/**
 * The restart rule: where a statement of its own starts inside a run typed without punctuation.
 *
 * <p>A hypothetical or uncertain scope ends there ("if it gets worse a clot MY CALF IS swollen"), so
 * a sign stated as fact after an unpunctuated "if" or "not sure" still counts; kept apart from
 * {@link Scopes} because the rule reads only the grammar word lists and the tokens.
 */
final class Restarts {
    /** How many words after a hypothetical or uncertain cue a new statement may start ("not sure MY..." stays). */
    static final int RESTART_GAP = 2;
    /** How close a verb must follow a clause start for the two to make a new statement. */
    static final int RESTART_VERB_WORDS = 5;

    private Restarts() {
    }

    /**
     * Whether a statement of its own starts at {@code j} in a run without punctuation: a subject
     * pronoun, or a clause start with a verb within {@link #RESTART_VERB_WORDS} words, right after a
     * word that does not carry the clause on ("a clot MY CALF IS swollen", not "if MY LEG GOES red").
     */
    static boolean startsStatement(Lexicon lexicon, List<Token> tokens, int j) {
        Grammar g = lexicon.grammar();
        Token before = tokens.get(j - 1);
        if (before.kind() == Token.Kind.PUNCTUATION || g.continuers().contains(before.word())) {
            return false;
        }
        Token t = tokens.get(j);
        if (g.continuers().contains(t.word())) {
            return false;
        }
        if (g.subjects().contains(t.word()) || g.verbs().contains(t.word()) && lexicon.clauseStarts().has(t)) {
            return true;
        }
        if (!lexicon.clauseStarts().has(t)) {
            return false;
        }
        for (int k = j + 1; k < tokens.size() && k <= j + RESTART_VERB_WORDS; k++) {
            if (g.verbs().contains(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }
}
