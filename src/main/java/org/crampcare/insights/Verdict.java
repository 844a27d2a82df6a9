package org.crampcare.insights;

/** What a factor's comparison shows after the correction for testing many factors. */
public enum Verdict {
    /** More cramps with the factor, and the adjusted p-value is below 0.05. */
    LINKED_MORE,
    /** Fewer cramps with the factor, and the adjusted p-value is below 0.05. */
    LINKED_FEWER,
    /** The difference could well be chance with this much data. */
    NO_CLEAR_LINK
}
