package org.crampcare.storage;

/**
 * The database cannot be reached or opened at start (server down, wrong password, unreadable file).
 *
 * <p>A separate type so that start-up code can stop with one clear line instead of a stack trace.
 */
public final class DatabaseUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
