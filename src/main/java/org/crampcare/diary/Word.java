package org.crampcare.diary;

/**
 * A value of one of the diary's closed word lists (muscles, sides, activities...), written in
 * lower case with underscores in storage, CSV, JSON and the API.
 */
interface Word {
    /** The stored and exchanged spelling, e.g. {@code pain_reliever}. */
    String value();

    /** The word of {@code type} spelled {@code text}; the error names {@code field} and lists the choices. */
    static <E extends Enum<E> & Word> E parse(Class<E> type, String field, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.value().equals(text)) {
                return e;
            }
        }
        throw new org.crampcare.triage.InputException(field, "expected one of " + choices(type) + ", got '"
                + (text == null ? "" : text) + "'", "choice");
    }

    /** The spellings of all words of a type, in order, for messages and documentation. */
    static <E extends Enum<E> & Word> String choices(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Word::value)
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
