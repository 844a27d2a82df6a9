package org.crampcare.web.kit;

/**
 * Thrown by a handler that needs a signed-in person when the request has no valid session or token.
 *
 * <p>{@link Errors} answers it with 401 under {@code /api/} and a redirect to the sign-in page elsewhere.
 */
public final class NotSignedInException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotSignedInException() {
        super("not signed in");
    }
}
