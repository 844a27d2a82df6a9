package org.crampcare.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and punctuation, keeping each token's offsets in the original.
 *
 * <p>Hyphens are dropped (so "pins-and-needles" reads like "pins and needles") but remembered on
 * the next token, which is how "10-15 minutes" stays a range. Words are folded and stemmed by the
 * language's {@link WordForms}: in English curly apostrophes count as straight ones and a
 * possessive "'s" is left out of the stem ("parkinson's" matches "parkinson"); in Spanish accents
 * are folded ("miércoles" is "miercoles").
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokenize(String text, WordForms forms) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        boolean hyphen = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int end = wordEnd(text, i);
                String word = forms.fold(text.substring(i, end));
                out.add(new Token(word, forms.stem(word), i, end, Token.Kind.WORD, hyphen));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = numberEnd(text, i);
                String word = asciiDigits(text, i, end);
                out.add(new Token(word, word, i, end, Token.Kind.NUMBER, hyphen));
                i = end;
            } else if (c == '-' || c == '\u2013' || c == '\u2014') {
                if (separatesClauses(text, i)) {
                    out.add(new Token(",", ",", i, i + 1, Token.Kind.PUNCTUATION, false));
                }
                hyphen = true;
                i++;
                continue;
            } else if (c == '\n' || !Character.isWhitespace(c)) {
                String mark = c == '\n' ? "\n" : String.valueOf(c);
                out.add(new Token(mark, mark, i, i + 1, Token.Kind.PUNCTUATION, hyphen));
                i++;
            } else {
                i++;
                continue;
            }
            hyphen = false;
        }
        return out;
    }

    /**
     * Whether the dash at {@code i} parts two clauses as a comma does: set apart by spaces ("my husband
     * has swelling - the pain is unbearable") or an em dash ("my calf\u2014it's swollen"), but never
     * between two numbers ("3 - 4 times" is a range). It then also stands as a comma token, so every
     * scope ends there as at a comma; the next word still knows a dash came before it ("swelling - no").
     */
    private static boolean separatesClauses(String text, int i) {
        boolean spaced = (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
        if (!spaced && text.charAt(i) != '\u2014') {
            return false;
        }
        return !(digitAround(text, i, -1) && digitAround(text, i, 1));
    }

    /** Whether the first character that is not a space or a dash, going {@code step} from {@code i}, is a digit. */
    private static boolean digitAround(String text, int i, int step) {
        for (int k = i + step; k >= 0 && k < text.length(); k += step) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '-' && c != '\u2013' && c != '\u2014') {
                return Character.isDigit(c);
            }
        }
        return false;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean apostrophe = (c == '\'' || c == '\u2019') && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1));
            if (!Character.isLetterOrDigit(c) && !apostrophe) {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * The number with every decimal digit written in ASCII, so that "٧" or "߇" reads as 7: any script's
     * digits count as digits here, and the number's parser takes only ASCII (fuzzing found the crash).
     */
    private static String asciiDigits(String text, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            b.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return b.toString();
    }

    private static int numberEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i + 1 < text.length() && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
            i++;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }
}
