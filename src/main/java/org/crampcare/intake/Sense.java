package org.crampcare.intake;

/**
 * What an item phrase of the lexicon means.
 *
 * @param item  the interview item id (null for ignored phrases)
 * @param value the list or choice value, null for booleans
 * @param reads how the phrase is read
 * @param needs phrases one of which must be in the same sentence, or null when none is needed
 * @param fallback a list value that counts only when no other value of the list is found
 * @param confirm  weaker evidence: the item is to be confirmed with the person, never set
 * @param shared   an exposure the people around share: another person's doing counts for the
 *                 writer when the sentence also speaks of the writer ("mi esposo roció insecticida
 *                 mientras yo dormía ahí"), and is confirmed with the writer otherwise
 * @param needsReach how many sentences after the phrase's own a needed phrase may stand in ("whenever
 *                   I walk to the shops. I must stop and lean on the wall": 1), 0 for its own only
 * @param confirmNear phrases that, in the same clause, make the mention weaker evidence, so the item
 *                    is confirmed rather than set ("hot" beside "35 degrees" may be the weather), or null
 */
record Sense(String item, String value, Reads reads, Vocabulary<Boolean> needs, boolean fallback, boolean confirm,
             boolean shared, int needsReach, Vocabulary<Boolean> confirmNear) {
    static final Sense IGNORED = new Sense(null, null, Reads.IGNORE, null, false, false, false, 0, null);

    /**
     * Whether a longer phrase hides a shorter one it overlaps: within one item the longest wins
     * ("back of my thigh" is the hamstring, not the thigh) and an ignored phrase hides everything,
     * but phrases of different items both count ("the pain is unbearable" after a cramp is both
     * unbearable pain and pain that persists).
     */
    static boolean hides(Sense longer, Sense shorter) {
        return longer.reads == Reads.IGNORE || java.util.Objects.equals(longer.item, shorter.item);
    }
}
