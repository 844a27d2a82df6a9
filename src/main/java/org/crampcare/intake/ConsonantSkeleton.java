package org.crampcare.intake;

/**
 * Spelling by sound: a word's consonants in order, doubled letters once, vowels left out after
 * the first letter ("unbareable" and "unbearable" are both u-n-b-r-b-l).
 *
 * <p>People who spell by ear get the vowels wrong far more often than the consonants. A long
 * word two edits from a lexicon word that keeps its consonants is such a slip, as sure as one
 * edit. It is not used to find words beyond the edit tolerance: about two thousand English words
 * of five letters or more share a skeleton with a lexicon word ("stairs" and "stress"), so a
 * skeleton alone is a guess.
 */
final class ConsonantSkeleton {
    private static final String VOWELS = "aeiouy";

    private ConsonantSkeleton() {
    }

    /** Whether two words have the same skeleton. */
    static boolean same(String a, String b) {
        return of(a).equals(of(b));
    }

    /** The consonants of a word in order, a doubled letter once; the first letter always kept. */
    static String of(String word) {
        StringBuilder out = new StringBuilder(word.length());
        char last = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((i == 0 || VOWELS.indexOf(c) < 0) && c != last) {
                out.append(c);
            }
            last = c;
        }
        return out.toString();
    }
}
