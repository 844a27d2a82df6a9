package org.crampcare.knowledge;

/** The value type of an interview item, as named in the knowledge files. */
public enum ItemType {
    /** true or false. */
    BOOLEAN,
    /** A whole number within the item's range. */
    INTEGER,
    /** Any number within the item's range. */
    NUMBER,
    /** Zero or more of the item's values. */
    LIST,
    /** Exactly one of the item's values. */
    CHOICE;

    /** The lower-case name used in files and in the public contract. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
