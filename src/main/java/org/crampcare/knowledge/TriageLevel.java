package org.crampcare.knowledge;

/** The four triage levels of the policy, from most to least urgent. */
public enum TriageLevel {
    EMERGENCY(4), URGENT(3), APPOINTMENT(2), SELF_CARE(1);

    private final int rank;

    TriageLevel(int rank) {
        this.rank = rank;
    }

    /** Higher means more urgent; the highest level reached by any rule wins. */
    public int rank() {
        return rank;
    }

    /** Whether this level is more urgent than the other. */
    public boolean above(TriageLevel other) {
        return rank > other.rank;
    }
}
