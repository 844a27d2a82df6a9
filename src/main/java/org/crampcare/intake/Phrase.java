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
 * Words are compared by stem unless the phrase is exact (used where tense matters), the word is
 * written with a leading "=" ("=nada": the word itself, where stemming would join it to another
 * word of other meaning, such as "nado"), with a leading "==" ("==pad": an abbreviation, the word
 * exactly as written, never a spelling correction of another word, so "padding" misspelt is not
 * PAD), or with a trailing "~" ("acalambr~": any word starting so, for the many forms of a verb:
 * acalambra, acalambraron, acalambrándose).
 *
 * @param slots the accepted keys at each place; a slot with no keys is "*"
 */
record Phrase(List<Slot> slots) {
    static final String ANY = "*";
    static final String EXACT_MARK = "=";
    /**
     * Marks an abbreviation ("==pad", "==ms"): matched only as written, never through a spelling
     * correction, since a short abbreviation is one slip away from common words ("pad" from "padding",
     * "ms" from "mrs"). An explicit mark, not a word length, so short words such as "=nada" keep the
     * tolerance of every other exact word.
     */
    static final String ABBREVIATION_MARK = "==";
    static final String PREFIX_MARK = "~";
    /** The shortest prefix accepted: shorter ones would match too many unrelated words. */
    static final int SHORTEST_PREFIX = 4;

    /**
     * The words accepted at one place.
     *
     * @param keys   accepted stems, or words when exact, or beginnings of words when a prefix;
     *               empty for any word
     * @param exact  whether words are compared whole rather than by stem
     * @param prefix whether a word is accepted when it starts with a key
     * @param asWritten whether a word is accepted only as the person wrote it, not as corrected
     */
    record Slot(Set<String> keys, boolean exact, boolean prefix, boolean asWritten) {
        boolean accepts(Token t) {
            if (keys.isEmpty()) {
                return t.kind() != Token.Kind.PUNCTUATION;
            }
            if (prefix) {
                for (String k : keys) {
                    if (t.word().startsWith(k)) {
                        return true;
                    }
                }
                return false;
            }
            if (asWritten && t.edits() > 0) {
                return false;
            }
            return keys.contains(exact ? t.word() : t.stem());
        }
    }

    Phrase {
        slots = List.copyOf(slots);
    }

    /**
     * Compiles the lexicon's text of a phrase, or says why it cannot be matched.
     *
     * @return the phrase, or empty with the reason added to {@code errors}
     */
    static Optional<Phrase> compile(String text, boolean exact, WordForms forms, List<String> errors) {
        List<Slot> slots = new ArrayList<>();
        for (String written : text.trim().split("\\s+")) {
            boolean asWritten = written.startsWith(ABBREVIATION_MARK) && written.length() > ABBREVIATION_MARK.length();
            boolean marked = asWritten || written.startsWith(EXACT_MARK) && written.length() > 1;
            boolean exactWord = exact || marked;
            String chunk = asWritten ? written.substring(ABBREVIATION_MARK.length())
                    : marked ? written.substring(EXACT_MARK.length()) : written;
            if (chunk.equals(ANY)) {
                slots.add(new Slot(Set.of(), false, false, false));
            } else if (chunk.endsWith(PREFIX_MARK) && chunk.length() > 1) {
                Optional<Slot> slot = prefixSlot(chunk.substring(0, chunk.length() - 1), text, forms, errors);
                if (slot.isEmpty()) {
                    return Optional.empty();
                }
                slots.add(slot.get());
            } else if (chunk.contains("|")) {
                Set<String> alternatives = new LinkedHashSet<>();
                for (String alternative : chunk.split("\\|")) {
                    List<Token> tokens = Tokenizer.tokenize(alternative, forms);
                    if (tokens.size() != 1) {
                        errors.add("\"" + alternative + "\" in \"" + text + "\" must be a single word");
                        return Optional.empty();
                    }
                    alternatives.add(key(tokens.get(0), exactWord));
                }
                slots.add(new Slot(Set.copyOf(alternatives), exactWord, false, asWritten));
            } else {
                Tokenizer.tokenize(chunk, forms).forEach(t -> slots.add(
                        new Slot(Set.of(key(t, exactWord)), exactWord, false, asWritten)));
            }
        }
        if (slots.isEmpty() || slots.get(0).keys().isEmpty()) {
            errors.add("\"" + text + "\" must start with a word");
            return Optional.empty();
        }
        return Optional.of(new Phrase(slots));
    }

    /** "acalambr~": one folded word of at least {@link #SHORTEST_PREFIX} letters, matched as a beginning. */
    private static Optional<Slot> prefixSlot(String start, String text, WordForms forms, List<String> errors) {
        List<Token> tokens = Tokenizer.tokenize(start, forms);
        if (tokens.size() != 1 || tokens.get(0).kind() != Token.Kind.WORD || start.length() < SHORTEST_PREFIX) {
            errors.add("\"" + start + PREFIX_MARK + "\" in \"" + text + "\" must be one word of at least "
                    + SHORTEST_PREFIX + " letters before the " + PREFIX_MARK);
            return Optional.empty();
        }
        return Optional.of(new Slot(Set.of(tokens.get(0).word()), true, true, false));
    }

    private static String key(Token token, boolean exact) {
        return exact ? token.word() : token.stem();
    }

    /** Whether the first word is compared whole, so the phrase is indexed by word, not stem. */
    boolean exactStart() {
        return slots.get(0).exact();
    }

    /** Whether the first word is matched by its beginning, so the phrase is indexed by prefix. */
    boolean prefixStart() {
        return slots.get(0).prefix();
    }

    /** The keys the phrase may start with, for indexing. */
    Set<String> firstKeys() {
        return slots.get(0).keys();
    }

    /** The index just after the match when the phrase matches at {@code from}, otherwise -1. */
    int matchEnd(List<Token> tokens, int from) {
        int i = from;
        for (Slot slot : slots) {
            if (i >= tokens.size() || !slot.accepts(tokens.get(i))) {
                return -1;
            }
            i++;
        }
        return i;
    }
}
