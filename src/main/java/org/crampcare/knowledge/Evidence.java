package org.crampcare.knowledge;

/**
 * How well the sources support a content entry; weak and mixed entries carry a caveat.
 *
 * <p>{@code WEAK}: a cited source says the proof is little, none or limited. {@code MIXED}: the
 * sources disagree or call the evidence mixed. {@code NONE}: a practical tip, which rests on no
 * source and so has nothing to rate.
 */
public enum Evidence {
    SUPPORTED, WEAK, MIXED, NONE;

    /** Whether the entry must be shown with its caveat. */
    public boolean needsCaveat() {
        return this == WEAK || this == MIXED;
    }
}
