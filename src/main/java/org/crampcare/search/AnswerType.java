package org.crampcare.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of answer a question asks for, and the kinds of answer a knowledge entry gives.
 *
 * <p>A "how long" question is answered well only by an entry that states a duration, so matching the
 * two lets a specific entry outrank a general one on the same subject.
 */
enum AnswerType {
    HOW_TO, WHEN, HOW_LONG, HOW_MUCH, WHY, WHAT_IS, WHICH, SHOULD_I, IS_IT_NORMAL;

    /** The id used in the data files, e.g. {@code how_long}. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The answer type with the data files' id. */
    static Optional<AnswerType> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }
}
