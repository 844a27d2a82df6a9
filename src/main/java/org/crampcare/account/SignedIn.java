package org.crampcare.account;

import java.time.Instant;

/**
 * A new session: give {@code token} to the browser (an HttpOnly cookie) and forget it.
 *
 * @param token the session secret; only its SHA-256 is stored
 */
public record SignedIn(long personId, String token, Instant expiresAt) {
    /** Hides the token so it cannot end up in a log by accident. */
    @Override
    public String toString() {
        return "SignedIn[personId=" + personId + ", expiresAt=" + expiresAt + "]";
    }
}
