package org.crampcare.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A lexicon phrase compiled for matching: one set of accepted words per place.
 *
 * <p>Written as words separated by spaces, where "a|b" accepts either word and "*" any one word.
 * Words are compared by stem unless the phrase is exact (used where tense matters).
 *
 * @param slots the accepted stems (or words, when exact) at each place; an empty set is "*"
 */
record Phrase(List<Set<String>> slots, boolean exact) {
    static final String ANY = "*";

    Phrase {
        slots = List.copyOf(slots);
    }

    /**
     * Compiles the lexicon's text of a phrase, or says why it cannot be matched.
     *
     * @return the phrase, or empty with the reason added to {@code errors}
     */
    static Optional<Phrase> compile(String text, boolean exact, List<String> errors) {
        List<Set<String>> slots = new ArrayList<>();
        for (String chunk : text.trim().split("\\s+")) {
            if (chunk.equals(ANY)) {
                slots.add(Set.of());
            } else if (chunk.contains("|")) {
                Set<String> alternatives = new LinkedHashSet<>();
                for (String alternative : chunk.split("\\|")) {
                    List<Token> tokens = Tokenizer.tokenize(alternative);
                    if (tokens.size() != 1) {
                        errors.add("\"" + alternative + "\" in \"" + text + "\" must be a single word");
                        return Optional.empty();
                    }
                    alternatives.add(key(tokens.get(0), exact));
                }
                slots.add(Set.copyOf(alternatives));
            } else {
                Tokenizer.tokenize(chunk).forEach(t -> slots.add(Set.of(key(t, exact))));
            }
        }
        if (slots.isEmpty() || slots.get(0).isEmpty()) {
            errors.add("\"" + text + "\" must start with a word");
            return Optional.empty();
        }
        return Optional.of(new Phrase(slots, exact));
    }

    static String key(Token token, boolean exact) {
        return exact ? token.word() : token.stem();
    }

    /** The words the phrase may start with, for indexing. */
    Set<String> firstKeys() {
        return slots.get(0);
    }

    /** The index just after the match when the phrase matches at {@code from}, otherwise -1. */
    int matchEnd(List<Token> tokens, int from) {
        int i = from;
        for (Set<String> slot : slots) {
            if (i >= tokens.size()) {
                return -1;
            }
            Token t = tokens.get(i);
            boolean ok = slot.isEmpty() ? t.kind() != Token.Kind.PUNCTUATION : slot.contains(key(t, exact));
            if (!ok) {
                return -1;
            }
            i++;
        }
        return i;
    }
}
