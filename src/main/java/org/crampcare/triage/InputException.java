package org.crampcare.triage;

/**
 * Bad assessment input: names the field and says what was expected.
 *
 * <p>Thrown before anything is evaluated, so a refused input never yields a partial result.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /** A problem with {@code field}, e.g. {@code answers.pain_score}. */
    public InputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The offending field, as a dotted path such as {@code answers.locations[1]}. */
    public String field() {
        return field;
    }

    /** What was wrong and what was expected, without the field name. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
