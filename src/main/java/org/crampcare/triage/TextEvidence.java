package org.crampcare.triage;

/**
 * The words in the person's text behind one understood answer.
 *
 * @param item  the item id the words fed
 * @param value the value taken from them
 * @param start character offset where the quoted words start in the text
 * @param end   character offset just after the quoted words
 * @param quote the words themselves, e.g. "not numb"
 * @param cue   how the words were read: e.g. "affirmed", "negated"
 */
public record TextEvidence(String item, Object value, int start, int end, String quote, String cue) {
}
