package org.crampcare.intake;

/**
 * A deliberately light English stemmer: swelling, swells and swelled all become "swel".
 *
 * <p>Both the lexicon and the text go through it, so it only has to be consistent, not
 * linguistically right. Irregular forms (swollen, calves, feet) are listed in the lexicon instead;
 * words with an apostrophe (can't, it's) are kept whole so that negations stay recognisable.
 */
final class Stemmer {
    private Stemmer() {
    }

    static String stem(String word) {
        if (word.indexOf('\'') >= 0 || word.length() <= 3 || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        String w = suffixless(word);
        if (w.length() >= 4 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        if (n >= 4 && w.charAt(n - 1) == w.charAt(n - 2) && !isVowel(w.charAt(n - 1))) {
            w = w.substring(0, n - 1);
        }
        return w;
    }

    private static String suffixless(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n >= 6 && w.endsWith("ing")) {
            return w.substring(0, n - 3);
        }
        if (n >= 5 && w.endsWith("ed")) {
            return w.substring(0, n - 2);
        }
        if (n >= 5 && w.endsWith("es")) {
            return w.substring(0, n - 1);
        }
        if (n >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
