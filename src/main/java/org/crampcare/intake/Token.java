package org.crampcare.intake;

/**
 * One word, number or punctuation mark of a text, with where it stands in the original.
 *
 * @param word         the lower-cased characters ("can't", "70", ",")
 * @param stem         the word after light stemming, for inflection-tolerant matching
 * @param start        offset of the first character in the original text
 * @param end          offset just after the last character
 * @param kind         word, number or punctuation
 * @param hyphenBefore whether a hyphen joined this token to the previous one ("10-15", "70-year-old")
 */
record Token(String word, String stem, int start, int end, Kind kind, boolean hyphenBefore) {

    /** What sort of token it is. */
    enum Kind { WORD, NUMBER, PUNCTUATION }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** Whether this ends a sentence (full stop, !, ?, ; or a line break). */
    boolean endsSentence() {
        return kind == Kind.PUNCTUATION && (word.equals(".") || word.equals("!") || word.equals("?")
                || word.equals(";") || word.equals("\n"));
    }
}
