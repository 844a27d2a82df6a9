package org.crampcare.diary;

import java.time.LocalDate;

/**
 * Which cramps to list: local dates from and to (inclusive; null means open) and one muscle (null means any).
 */
public record CrampFilter(LocalDate from, LocalDate to, Muscle muscle) {
    /** Every cramp. */
    public static CrampFilter all() {
        return new CrampFilter(null, null, null);
    }

    /** The cramps of the given local dates, inclusive. */
    public static CrampFilter between(LocalDate from, LocalDate to) {
        return new CrampFilter(from, to, null);
    }
}
