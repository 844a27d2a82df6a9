package org.crampcare.intake;

/**
 * What an item phrase of the lexicon means.
 *
 * @param item  the interview item id (null for ignored phrases)
 * @param value the list or choice value, null for booleans
 * @param reads how the phrase is read
 * @param needs phrases one of which must be in the same sentence, or null when none is needed
 */
record Sense(String item, String value, Reads reads, Vocabulary<Boolean> needs) {
    static final Sense IGNORED = new Sense(null, null, Reads.IGNORE, null);
}
