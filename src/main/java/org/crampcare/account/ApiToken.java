package org.crampcare.account;

import java.time.Instant;

/** A personal API token as listed to its owner (the secret itself is shown once, at creation). */
public record ApiToken(long id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
}
