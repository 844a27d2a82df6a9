package org.crampcare.account;

/**
 * Refused because too many password checks are running or waiting already (the web layer answers
 * 503 with Retry-After). Bounds the CPU that a flood of sign-ups or sign-ins can take.
 */
public final class AccountBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AccountBusyException() {
        super("Too many sign-ins are being checked right now. Please try again in a few seconds.");
    }
}
