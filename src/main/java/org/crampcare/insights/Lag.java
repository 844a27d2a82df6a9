package org.crampcare.insights;

/**
 * Which day's cramps are compared with a check-in: the same calendar day or the next one.
 *
 * <p>The next day starts at midnight, so it includes the night after the check-in day, when cramps
 * after evening exercise or a day in heat tend to come.
 */
public enum Lag {
    SAME_DAY(0, "on days with"), NEXT_DAY(1, "on the night or day after days with");

    private final int days;
    private final String phrase;

    Lag(int days, String phrase) {
        this.days = days;
        this.phrase = phrase;
    }

    /** How many days after the check-in the cramps are counted. */
    public int days() {
        return days;
    }

    /** Words for a sentence, followed by the factor's label. */
    public String phrase() {
        return phrase;
    }
}
