package org.crampcare.intake;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Language;

/**
 * Tells which language a text is written in, from evidence anyone can check by hand.
 *
 * <p>Each word is one piece of evidence for a language when only that language's lexicon knows
 * it ("the", "my", "cramps"; "el", "mis", "calambres"), or, failing that, when it is written with
 * characters only that language uses ("ñ", "¿", accented vowels). Words both lexicons know ("no",
 * "me", "a") and words neither knows count for nothing. The language with the most evidence wins,
 * the base language on a tie. When the lead is under {@link #SURE_MARGIN} pieces of evidence (a
 * very short or mixed text) the verdict is unsure: the caller then reads the text in every
 * language and keeps the safer reading, because reading a text in the wrong language finds
 * nothing in it, and nothing found can under-triage.
 */
final class LanguageDetector {
    /** How many more pieces of evidence the winner needs for a sure verdict. */
    static final int SURE_MARGIN = 2;

    /**
     * What the detector decided.
     *
     * @param language the language with the most evidence (the base language on a tie)
     * @param sure     whether it leads by at least {@link #SURE_MARGIN}
     * @param evidence the pieces of evidence found for each language
     */
    record Verdict(Language language, boolean sure, Map<Language, Integer> evidence) {
    }

    private LanguageDetector() {
    }

    /**
     * Weighs the evidence in one text.
     *
     * @param text   the text
     * @param tokens its tokens in each language's word forms (the same words at the same places)
     * @param readers each language's reader, which knows that language's words
     */
    static Verdict detect(String text, Map<Language, List<Token>> tokens, Map<Language, LexiconReader> readers) {
        Map<Language, Integer> evidence = new EnumMap<>(Language.class);
        readers.keySet().forEach(l -> evidence.put(l, 0));
        int size = tokens.values().iterator().next().size();
        for (int i = 0; i < size; i++) {
            Language claimed = only(i, tokens, readers, null);
            if (claimed == null) {
                claimed = only(i, tokens, readers, text);
            }
            if (claimed != null) {
                evidence.merge(claimed, 1, Integer::sum);
            }
        }
        Language best = Language.base();
        for (Map.Entry<Language, Integer> e : evidence.entrySet()) {
            if (e.getValue() > evidence.get(best)) {
                best = e.getKey();
            }
        }
        int second = 0;
        for (Map.Entry<Language, Integer> e : evidence.entrySet()) {
            if (e.getKey() != best) {
                second = Math.max(second, e.getValue());
            }
        }
        return new Verdict(best, evidence.get(best) - second >= SURE_MARGIN, Map.copyOf(evidence));
    }

    /**
     * The one language whose lexicon knows token {@code i} (when {@code text} is null), or whose
     * characters it is written with; null when none or several.
     */
    private static Language only(int i, Map<Language, List<Token>> tokens, Map<Language, LexiconReader> readers,
                                 String text) {
        Language found = null;
        for (Map.Entry<Language, LexiconReader> e : readers.entrySet()) {
            Token t = tokens.get(e.getKey()).get(i);
            boolean claims = text == null ? t.kind() == Token.Kind.WORD && e.getValue().knows(t.word())
                    : writtenWith(text, t, e.getValue());
            if (claims) {
                if (found != null) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }

    private static boolean writtenWith(String text, Token t, LexiconReader reader) {
        for (int c = t.start(); c < t.end(); c++) {
            if (reader.marks(text.charAt(c))) {
                return true;
            }
        }
        return false;
    }
}
