package org.crampcare.knowledge;

/** One allowed value of a list or choice item, with its label for people. */
public record ItemValue(String value, String label) {
}
