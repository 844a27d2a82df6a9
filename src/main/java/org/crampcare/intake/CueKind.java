package org.crampcare.intake;

/** The ConText cue categories of the lexicon's {@code cues} section that open or close scopes. */
enum CueKind {
    NEGATION, POST_NEGATION, TRAILING_NEGATION, HYPOTHETICAL, UNCERTAIN, RESOLVED_PAST, RESOLVED_BEFORE, PSEUDO,
    CLAUSE_BREAK, TERMINATOR
}
