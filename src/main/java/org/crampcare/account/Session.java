package org.crampcare.account;

import java.time.Instant;

/** A valid session found from its token: who is signed in and until when. */
public record Session(long personId, Instant expiresAt) {
}
