package org.crampcare.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.crampcare.triage.InputException;

/**
 * Password rules and hashing; the clear password never leaves this class in any form but a hash.
 *
 * <p>Hashes are {@code hmac-sha256$} followed by a bcrypt hash of the base64 HMAC-SHA256 of the
 * password (NFKC) under a server key (the pepper). The pre-hash lets any password of up to 128
 * characters count in full, where bcrypt alone reads only 72 bytes (19 emoji); base64 keeps NUL
 * bytes out of bcrypt's input. Hashes of the first format (plain bcrypt, {@code $2a$...}) still
 * verify and are replaced by the new format at the next successful sign-in.
 *
 * <p>Every bcrypt computation goes through a {@link HashGate}, so a flood of requests cannot queue
 * unbounded CPU work. A hash of a random password is verified when an e-mail has no account, so a
 * sign-in takes as long whether or not the account exists.
 */
final class Passwords {
    static final int MIN_CHARS = 12;
    static final int MAX_CHARS = 128;
    static final String FORMAT = "hmac-sha256$";
    /** bcrypt reads at most 72 bytes; legacy hashes were made of the password itself. */
    private static final int LEGACY_MAX_BYTES = 72;

    private final int cost;
    private final byte[] pepper;
    private final HashGate gate;
    /**
     * A bcrypt hash (cost 12) of a random password nobody knows, made once when this class was
     * written. It only gives an unknown e-mail the same verification work as a real account, so a
     * fixed value is as good as a fresh one, and start-up does not spend a quarter second making it.
     */
    private static final String DUMMY_HASH_COST_12 = "$2a$12$zmz/QV.A6ljKudjLUQ0Faecn.3stkSVrRHEyly1XomY/3f6A9OQWu";
    private final java.util.function.Supplier<String> dummyHash;

    /** Password handling at the given bcrypt cost, with the server's pepper and the gate for bcrypt work. */
    Passwords(int cost, byte[] pepper, HashGate gate) {
        this.cost = cost;
        this.pepper = pepper.clone();
        this.gate = gate;
        java.util.concurrent.atomic.AtomicReference<String> made =
                new java.util.concurrent.atomic.AtomicReference<>(cost == 12 ? DUMMY_HASH_COST_12 : null);
        this.dummyHash = () -> made.updateAndGet(h -> h != null ? h : bcrypt(java.util.UUID.randomUUID().toString()));
    }

    /** Checks the rules for a new password; {@code field} names the form field in the error. */
    static void checkNew(String field, String password, EmailAddress email) {
        if (password == null || password.isEmpty()) {
            throw new InputException(field, "is required", "required");
        }
        int chars = password.codePointCount(0, password.length());
        if (chars < MIN_CHARS) {
            throw new InputException(field, "must be at least " + MIN_CHARS + " characters", "too-short", MIN_CHARS);
        }
        if (chars > MAX_CHARS) {
            throw new InputException(field, "must be at most " + MAX_CHARS + " characters", "too-long", MAX_CHARS);
        }
        if (password.isBlank()) {
            throw new InputException(field, "must not be only spaces", "only-spaces");
        }
        if (email != null && password.strip().equalsIgnoreCase(email.value())) {
            throw new InputException(field, "must not be your e-mail address", "is-email");
        }
        if (CommonPasswords.contains(password.strip())) {
            throw new InputException(field, "is one of the most common passwords; please choose another",
                    "common");
        }
    }

    /** A new hash in the current format. */
    String hash(String password) {
        return gate.run(() -> FORMAT + bcrypt(preHash(password)));
    }

    /**
     * Whether the password matches the stored hash; when it does and the hash is of an older format
     * or cost, also the hash to store instead (made in the same turn of the gate).
     */
    Verification verify(String password, String stored) {
        return gate.run(() -> {
            if (!usable(password) || stored == null) {
                BCrypt.verifyer().verify("x".toCharArray(), dummyHash.get());
                return Verification.NO;
            }
            boolean current = stored.startsWith(FORMAT);
            boolean ok = current ? matches(preHash(password), stored.substring(FORMAT.length()))
                    : password.getBytes(StandardCharsets.UTF_8).length <= LEGACY_MAX_BYTES && matches(password, stored);
            if (!ok) {
                return Verification.NO;
            }
            boolean upgrade = !current || !stored.startsWith(FORMAT + "$2a$" + String.format("%02d", cost) + "$");
            return new Verification(true, upgrade ? FORMAT + bcrypt(preHash(password)) : null);
        });
    }

    /** Spends the same work as {@link #verify} for an e-mail without an account. */
    void spendVerifyTime(String password) {
        gate.run(() -> matches(preHash(usable(password) ? password : "x"), dummyHash.get()));
    }

    /** The outcome of a check: whether it matched, and a better hash to store (or null). */
    record Verification(boolean matches, String upgradedHash) {
        static final Verification NO = new Verification(false, null);
    }

    private String bcrypt(String secret) {
        return BCrypt.withDefaults().hashToString(cost, secret.toCharArray());
    }

    private static boolean matches(String secret, String bcryptHash) {
        return BCrypt.verifyer().verify(secret.toCharArray(), bcryptHash).verified;
    }

    /** Base64 of HMAC-SHA256(pepper, NFKC(password)): 44 ASCII characters, within bcrypt's 72 bytes. */
    private String preHash(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
            byte[] digest = mac.doFinal(Normalizer.normalize(password, Normalizer.Form.NFKC)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    private static boolean usable(String password) {
        return password != null && !password.isEmpty() && password.length() <= 4 * MAX_CHARS;
    }
}
