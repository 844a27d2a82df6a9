package org.crampcare.intake;

/**
 * A phrase found in the text: tokens {@code from} (inclusive) to {@code to} (exclusive).
 *
 * @param meaning what the phrase stands for in its vocabulary (an entry, a cue kind, a number)
 */
record Hit<T>(int from, int to, T meaning) {

    int length() {
        return to - from;
    }

    boolean overlaps(Hit<?> other) {
        return from < other.to && other.from < to;
    }

    boolean sameSpan(Hit<?> other) {
        return from == other.from && to == other.to;
    }
}
