package org.crampcare.intake;

import org.crampcare.knowledge.Item;

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
    IGNORE;

    /** The value of a {@code reads} field; the schema allows only these names. */
    static Reads named(String text) {
        return switch (text) {
            case "absent" -> ABSENT;
            case "none" -> NONE;
            case "noneIfNegated" -> NONE_IF_NEGATED;
            default -> PRESENT;
        };
    }

    /** Why a phrase entry does not fit its item, or null when it fits. */
    static String mismatch(Item item, String value, Reads reads) {
        String id = item.id();
        switch (item.type()) {
            case BOOLEAN:
                if (value != null) {
                    return "value '" + value + "' given for boolean item '" + id + "'";
                }
                return reads == PRESENT || reads == ABSENT ? null
                        : "item '" + id + "' is boolean; reads must be present or absent";
            case LIST:
                if (reads == NONE || reads == NONE_IF_NEGATED) {
                    return value == null ? null : "value '" + value + "' given with reads " + reads;
                }
                if (reads == ABSENT) {
                    return "item '" + id + "' is a list; reads absent is only for boolean items";
                }
                if (value == null) {
                    return "value missing for list item '" + id + "'";
                }
                return item.allows(value) ? null : "value '" + value + "' is not allowed for item '" + id
                        + "'; expected one of " + item.values().stream().map(v -> v.value()).toList();
            default:
                return "item '" + id + "' is " + item.type().name().toLowerCase()
                        + "; such items are read from numbers, people and self, not from phrases";
        }
    }
}
