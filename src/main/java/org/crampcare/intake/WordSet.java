package org.crampcare.intake;

import java.util.Set;

/**
 * Single words matched by stem, or, where the lexicon marks them with "=", as the word itself.
 *
 * <p>Why both: a stem joins a word's forms, which is what a list of clause starts usually wants;
 * but a Spanish verb's stem joins its persons ("siento" I feel, "siente" he feels), and only the
 * first person opens a clause of the writer's own.
 *
 * @param stems the stems of the unmarked words
 * @param exact the marked words, folded
 */
record WordSet(Set<String> stems, Set<String> exact) {
    WordSet {
        stems = Set.copyOf(stems);
        exact = Set.copyOf(exact);
    }

    boolean has(Token token) {
        return stems.contains(token.stem()) || exact.contains(token.word());
    }
}
