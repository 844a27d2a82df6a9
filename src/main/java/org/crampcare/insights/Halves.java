package org.crampcare.insights;

/**
 * Some recorded numbers of the first and of the second half of the period, to compare the halves.
 *
 * @param first    the values of cramps before the period's middle day
 * @param second   the values of cramps from the middle day on
 * @param minimum  how many values each half needs before the halves are compared
 */
public record Halves(NumberSummary first, NumberSummary second, int minimum) {

    /** Whether both halves have enough values to be compared. */
    public boolean comparable() {
        return first.count() >= minimum && second.count() >= minimum;
    }
}
