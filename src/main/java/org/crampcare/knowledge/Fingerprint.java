package org.crampcare.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Knowledge files that note a SHA-256 digest of every file read through them, in the order read.
 *
 * <p>The loader reads the files in a fixed order, so the digest changes exactly when a file that
 * was read changes: it versions the knowledge for caches that must not outlive an edit (the web
 * app's offline copies).
 */
final class Fingerprint implements KnowledgeFiles {
    private static final int HEX_CHARS = 12;
    private final KnowledgeFiles files;
    private final MessageDigest digest;

    Fingerprint(KnowledgeFiles files) {
        this.files = files;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public String describe() {
        return files.describe();
    }

    @Override
    public Optional<String> read(String fileName) {
        Optional<String> text = files.read(fileName);
        digest.update((fileName + '\0' + text.orElse("") + '\0').getBytes(StandardCharsets.UTF_8));
        return text;
    }

    /** The first 12 hex digits of the digest of everything read so far. */
    String hex() {
        try {
            MessageDigest copy = (MessageDigest) digest.clone();
            return HexFormat.of().formatHex(copy.digest()).substring(0, HEX_CHARS);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest cannot be copied", e);
        }
    }
}
