package org.crampcare.knowledge;

/** How well the sources support a content entry; weak and mixed entries carry a caveat. */
public enum Evidence {
    SUPPORTED, WEAK, MIXED;

    /** Whether the entry must be shown with its caveat. */
    public boolean needsCaveat() {
        return this != SUPPORTED;
    }
}
