package org.crampcare.web.kit;

/**
 * Thrown by an API handler to answer with the error shape: a status, the field at fault and a message.
 *
 * <p>Carries no health data: the message says what was expected, never what was sent.
 */
public final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String field;

    ApiProblem(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    /** The error to send. */
    ApiError error() {
        return new ApiError(status, field, getMessage());
    }

    /** 404 for an id the person does not have (someone else's ids look exactly like missing ones). */
    public static ApiProblem notFound(String field) {
        return new ApiProblem(404, field, "you have no entry with this " + field);
    }
}
