package org.crampcare.intake;

/** The ConText cue categories of the lexicon's {@code cues} section that open or close scopes. */
enum CueKind {
    NEGATION, POST_NEGATION, HYPOTHETICAL, UNCERTAIN, RESOLVED_PAST, PSEUDO, CLAUSE_BREAK, TERMINATOR
}
