package org.crampcare.triage;

/**
 * A sign the person's words hint at without saying it clearly enough to set: the item is asked
 * next, quoting them ("You wrote 'I can't take it anymore': ..."), and never answered from them.
 *
 * @param item  the item id to confirm
 * @param quote the person's own words behind the hint
 */
public record Confirmation(String item, String quote) {
}
