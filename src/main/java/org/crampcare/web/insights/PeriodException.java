package org.crampcare.web.insights;

/** A period the person or a script asked for that cannot be used, naming the field that is wrong. */
final class PeriodException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    PeriodException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The request field at fault: {@code from} or {@code to}. */
    String field() {
        return field;
    }
}
