package org.crampcare.intake;

/** How an item phrase of the lexicon is read (the {@code reads} field). */
enum Reads {
    /** The fact holds: a boolean is true, a list value is added. */
    PRESENT,
    /** A boolean fact does not hold ("a stretch sorts it out" for no relief from stretching). */
    ABSENT,
    /** The list is empty ("no medicines"). */
    NONE,
    /** Negated, the list is empty ("I don't take any medicines"); affirmed, it says nothing. */
    NONE_IF_NEGATED,
    /** Means something else and blocks shorter phrases inside it ("warm up"). */
    IGNORE
}
