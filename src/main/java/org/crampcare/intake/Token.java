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
 * @param edits        how far the written word was from {@code word}: 0 as written or a known
 *                     shorthand ("cant"), otherwise the spelling edits of its correction
 */
record Token(String word, String stem, int start, int end, Kind kind, boolean hyphenBefore, int edits) {

    Token(String word, String stem, int start, int end, Kind kind, boolean hyphenBefore) {
        this(word, stem, start, end, kind, hyphenBefore, 0);
    }

    /** This token read as another word (a correction or an expanded shorthand), at the same place. */
    Token as(String newWord, String newStem, int newEdits) {
        return new Token(newWord, newStem, start, end, Kind.WORD, hyphenBefore, newEdits);
    }

    /**
     * Whether the word is a correction at the far end of the spelling tolerance: the full allowed
     * edits on a word of under six letters, or two edits on any. Such a reading is a guess, so a
     * red flag found through it is confirmed with the person rather than set.
     */
    boolean distantCorrection() {
        return edits >= 2 || (edits == 1 && word.length() < 6);
    }

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
