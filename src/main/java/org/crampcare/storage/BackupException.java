package org.crampcare.storage;

/**
 * A backup cannot be taken or restored for a reason a person can act on: a damaged or truncated file,
 * a target database that is not empty, a backup from a newer CrampCare.
 *
 * <p>A separate type so that the command line prints the one clear message and no stack trace.
 */
public final class BackupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BackupException(String message) {
        super(message);
    }

    BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
