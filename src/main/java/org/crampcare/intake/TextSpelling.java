package org.crampcare.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crampcare.spelling.SpellingCorrector;

/**
 * Reads words as people type them: shorthand expanded ("cant", "rn", "outta"), slips corrected
 * against the lexicon's own vocabulary ("unbearible", "swolen").
 *
 * <p>A word is corrected only when it is neither a word of the lexicon (or a form of one) nor a
 * real word of the language listed as near one ("weak" is not a slip of "week", "warned" not of "warmed").
 * A long word's vowel slip two edits away ("unbareable", {@link ConsonantSkeleton}) is as sure as
 * one edit, so a red flag read through it is set rather than only confirmed.
 * The tolerance is the shared one of {@link SpellingCorrector}, so short words are never changed.
 * Every changed token keeps its place in the original text, so quotes still show what the person
 * wrote. The full stop after an abbreviation ("approx. 45 s") is dropped, so it does not end the
 * sentence and cut the number off from what it measures. Immutable.
 */
final class TextSpelling {
    /** From this length a vowel slip two edits away is as sure as one edit. */
    static final int SOUNDED_SURE = 8;
    /** The shortest word read as an "-ing" word written without its g ("doin"). */
    static final int DROPPED_G_SHORTEST = 4;
    private final Map<String, List<String>> shorthand;
    private final Set<String> knownWords;
    private final Set<String> knownStems;
    private final Set<String> realWords;
    private final SpellingCorrector corrector;
    private final Set<String> abbreviations;
    private final WordForms forms;

    TextSpelling(WordForms forms, Map<String, List<String>> shorthand, Set<String> lexiconWords, Set<String> realWords,
                 Set<String> abbreviations) {
        this.forms = forms;
        this.abbreviations = Set.copyOf(abbreviations);
        this.shorthand = Map.copyOf(shorthand);
        this.knownWords = Set.copyOf(lexiconWords);
        Set<String> stems = new java.util.HashSet<>();
        lexiconWords.forEach(w -> stems.add(forms.stem(w)));
        this.knownStems = Set.copyOf(stems);
        this.realWords = Set.copyOf(realWords);
        Map<String, Integer> weights = new HashMap<>();
        lexiconWords.forEach(w -> weights.put(w, 1));
        this.corrector = new SpellingCorrector(weights);
    }

    /** Whether the word (folded) is one the lexicon uses, or shorthand it expands. */
    boolean knows(String word) {
        return knownWords.contains(word) || shorthand.containsKey(word);
    }

    /** The tokens with shorthand expanded and slips corrected. */
    List<Token> read(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word().equals(".") && i > 0 && abbreviations.contains(tokens.get(i - 1).word())) {
                continue;
            }
            List<String> expanded = t.kind() == Token.Kind.WORD ? shorthand.get(t.word()) : null;
            if (expanded != null) {
                expanded.forEach(w -> out.add(t.as(w, forms.stem(w), 0)));
            } else {
                out.add(corrected(t).orElse(t));
            }
        }
        return out;
    }

    private Optional<Token> corrected(Token t) {
        if (t.kind() != Token.Kind.WORD || known(t)) {
            return Optional.empty();
        }
        Optional<Token> spoken = droppedG(t);
        if (spoken.isPresent()) {
            return spoken;
        }
        return corrector.closest(t.word()).map(c -> t.as(c.word(), forms.stem(c.word()), soundedEdits(t.word(), c)));
    }

    /**
     * "crampin", "swellin", "mornin": a word written as it is said, without the final g of its
     * "-ing", read as the lexicon's "-ing" word. Why apart from the corrector: dropping the g is a
     * regular way of writing (dialect, texting), not a slip, so it is as sure as the full word and
     * applies to short words the corrector never touches ("doin").
     */
    private Optional<Token> droppedG(Token t) {
        String w = t.word();
        if (w.length() < DROPPED_G_SHORTEST || !w.endsWith("in")) {
            return Optional.empty();
        }
        String full = w + "g";
        return knownWords.contains(full) ? Optional.of(t.as(full, forms.stem(full), 0)) : Optional.empty();
    }

    /**
     * The edits a correction counts as: a long word two edits away that keeps its target's
     * consonants ("unbareable") is a slip of the vowels, as sure as one edit; otherwise as found.
     */
    private static int soundedEdits(String written, SpellingCorrector.Correction c) {
        boolean vowelSlip = c.edits() >= 2 && written.length() >= SOUNDED_SURE && ConsonantSkeleton.same(written, c.word());
        return vowelSlip ? 1 : c.edits();
    }

    private boolean known(Token t) {
        return knownWords.contains(t.word()) || knownStems.contains(t.stem()) || realWords.contains(t.word());
    }
}
