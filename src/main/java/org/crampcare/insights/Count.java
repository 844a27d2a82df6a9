package org.crampcare.insights;

/** A labelled number of cramps, one bar of a chart. */
public record Count(String label, int count) {
}
