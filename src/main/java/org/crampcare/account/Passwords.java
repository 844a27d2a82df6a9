package org.crampcare.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import org.crampcare.triage.InputException;

/**
 * Password rules and bcrypt hashing; the clear password never leaves this class in any form but a hash.
 *
 * <p>Also keeps a hash of a random password, verified against when an e-mail has no account,
 * so that a sign-in takes as long whether or not the account exists.
 */
final class Passwords {
    static final int MIN_CHARS = 10;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    static final int MAX_BYTES = 72;

    private final int cost;
    private final String dummyHash;

    Passwords(int cost) {
        this.cost = cost;
        this.dummyHash = hash(java.util.UUID.randomUUID().toString());
    }

    /** Checks the rules for a new password; {@code field} names the form field in the error. */
    static void checkNew(String field, String password, EmailAddress email) {
        if (password == null || password.isEmpty()) {
            throw new InputException(field, "is required");
        }
        if (password.codePointCount(0, password.length()) < MIN_CHARS) {
            throw new InputException(field, "must be at least " + MIN_CHARS + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InputException(field, "must be at most " + MAX_BYTES + " bytes (about " + MAX_BYTES
                    + " plain letters)");
        }
        if (password.isBlank()) {
            throw new InputException(field, "must not be only spaces");
        }
        if (email != null && password.strip().equalsIgnoreCase(email.value())) {
            throw new InputException(field, "must not be your e-mail address");
        }
    }

    String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    /** Whether the password matches the hash; a password bcrypt cannot take simply does not match. */
    boolean matches(String password, String hash) {
        if (!usable(password)) {
            BCrypt.verifyer().verify("x".toCharArray(), dummyHash);
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    /** Spends the same work as {@link #matches} for an e-mail without an account. */
    void spendVerifyTime(String password) {
        matches(usable(password) ? password : "x", dummyHash);
    }

    private static boolean usable(String password) {
        return password != null && !password.isEmpty()
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }
}
