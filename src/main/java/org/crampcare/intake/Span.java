package org.crampcare.intake;

import java.util.List;

/** Character offsets of some words in the original text: {@code start} inclusive, {@code end} exclusive. */
record Span(int start, int end) {

    /** The characters of tokens {@code from} to {@code to} (exclusive). */
    static Span of(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
