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
    /**
     * A bcrypt hash (cost 12) of a random password nobody knows, made once when this class was
     * written. It only gives an unknown e-mail the same verification work as a real account, so a
     * fixed value is as good as a fresh one, and start-up does not spend a few hundred
     * milliseconds of CPU making it.
     */
    private static final String DUMMY_HASH_COST_12 = "$2a$12$zmz/QV.A6ljKudjLUQ0Faecn.3stkSVrRHEyly1XomY/3f6A9OQWu";

    private final java.util.function.Supplier<String> dummyHash;

    /** Password handling at the given bcrypt cost (other costs than 12 make their dummy hash once, on first use). */
    Passwords(int cost) {
        this.cost = cost;
        String fixed = cost == 12 ? DUMMY_HASH_COST_12 : null;
        java.util.concurrent.atomic.AtomicReference<String> made = new java.util.concurrent.atomic.AtomicReference<>(fixed);
        this.dummyHash = () -> made.updateAndGet(h -> h != null ? h : hash(java.util.UUID.randomUUID().toString()));
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
            BCrypt.verifyer().verify("x".toCharArray(), dummyHash.get());
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    /** Spends the same work as {@link #matches} for an e-mail without an account. */
    void spendVerifyTime(String password) {
        matches(usable(password) ? password : "x", dummyHash.get());
    }

    private static boolean usable(String password) {
        return password != null && !password.isEmpty()
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }
}
