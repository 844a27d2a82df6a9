package org.crampcare.intake;

/** The ConText cue categories of the lexicon's {@code cues} section that open or close scopes. */
enum CueKind {
    NEGATION, POST_NEGATION, TRAILING_NEGATION, HYPOTHETICAL, CONDITIONAL, UNCERTAIN, RESOLVED_PAST, RESOLVED_BEFORE,
    PSEUDO, CLAUSE_BREAK, TERMINATOR, RETRACTION, FEARED, CONTRAST_DENIAL;

    /** Whether the cue denies, or is a phrase that merely contains a denial word ("no lo aguanto"). */
    boolean denies() {
        return this == NEGATION || this == POST_NEGATION || this == TRAILING_NEGATION || this == PSEUDO
                || this == CONTRAST_DENIAL;
    }
}
