package org.crampcare.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spelling by sound: a word's consonants in order, doubled letters once, vowels left out
 * ("minits" and "minutes" are both m-n-t-s; "unbareable" and "unbearable" n-b-r-b-l).
 *
 * <p>People who spell by ear get the vowels wrong far more often than the consonants, and such
 * slips can be two or three edits away, beyond the edit tolerance of a short word. A written word
 * of at least {@link #SHORTEST} letters whose skeleton belongs to exactly one lexicon word is read
 * as that word; a skeleton shared by several words is a guess and reads as nothing. Immutable.
 */
final class ConsonantSkeleton {
    /** The shortest written word read by its skeleton: shorter ones share skeletons too often. */
    static final int SHORTEST = 5;
    /** The fewest consonants a skeleton must keep to say which word it is. */
    static final int FEWEST_CONSONANTS = 3;
    private static final String VOWELS = "aeiouy";

    private final Map<String, String> wordBySkeleton;

    ConsonantSkeleton(Set<String> words) {
        Map<String, String> out = new HashMap<>();
        Map<String, Boolean> shared = new HashMap<>();
        for (String w : words) {
            String k = of(w);
            if (w.length() >= SHORTEST - 1 && k.length() >= FEWEST_CONSONANTS) {
                String before = out.putIfAbsent(k, w);
                if (before != null && !before.equals(w)) {
                    shared.put(k, true);
                }
            }
        }
        shared.keySet().forEach(out::remove);
        this.wordBySkeleton = Map.copyOf(out);
    }

    /** The one lexicon word written with the same consonants, if there is exactly one. */
    Optional<String> word(String written) {
        if (written.length() < SHORTEST || !written.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.ofNullable(wordBySkeleton.get(of(written)));
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
