package org.crampcare.web.assessment;

/**
 * An answer understood from the person's own words, with the words it came from.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param value the understood value (Boolean, Number, String or list)
 * @param quote the person's words, e.g. "no swelling"
 */
public record TextAnswer(Object value, String quote) {
}
