package org.crampcare.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random bearer tokens (sessions, API tokens) and their SHA-256 digests.
 *
 * <p>Only the digest is stored, so a copy of the database does not let anyone sign in; a fast
 * hash is enough because the tokens carry 256 random bits, unlike passwords.
 */
final class Secrets {
    private final SecureRandom random = new SecureRandom();

    /** A new token: 256 random bits, URL-safe, with a prefix that says what it is. */
    String newToken(String prefix) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hex SHA-256 of a string, as stored in the database. */
    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
