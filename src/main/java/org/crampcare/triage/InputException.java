package org.crampcare.triage;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Bad assessment input: names the field and says what was expected.
 *
 * <p>Thrown before anything is evaluated, so a refused input never yields a partial result. The
 * message is English (the API gives it as it is); a reason code with its values, when given, lets a
 * page say the same in the reader's language ({@code reason.<code>} in the page texts).
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String code;
    private final List<String> values;

    /** A problem with {@code field}, e.g. {@code answers.pain_score}. */
    public InputException(String field, String message) {
        this(field, message, null);
    }

    /**
     * A problem with {@code field} whose reason has the code {@code code} (e.g. {@code too-long})
     * and the values the English message names, in its order (e.g. the limit).
     */
    public InputException(String field, String message, String code, Object... values) {
        super(field + ": " + message);
        this.field = field;
        this.code = code;
        this.values = Arrays.stream(values).map(String::valueOf).toList();
    }

    /** The offending field, as a dotted path such as {@code answers.locations[1]}. */
    public String field() {
        return field;
    }

    /** What was wrong and what was expected, without the field name. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }

    /** The reason's code, when the thrower gave one. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** The values the reason names, in the order of its message. */
    public List<String> values() {
        return values;
    }
}
