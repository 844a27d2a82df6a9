package org.crampcare.intake;

/**
 * A number read from text, in digits or words, spanning tokens {@code from} to {@code to} (exclusive).
 *
 * @param value the number; for a range ("10-15", "five or six") the upper bound, the safer reading
 * @param bare  whether it is a plain number ("8", "eight") rather than "a", "once" or "a few"
 */
record Quantity(double value, int from, int to, boolean bare) {
}
