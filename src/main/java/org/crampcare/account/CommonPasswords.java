package org.crampcare.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Passwords too common to allow, checked offline against a list shipped as data.
 *
 * <p>The list ({@code account/common-passwords.txt.gz}; source and licence in the NOTICE beside it)
 * holds only entries of at least {@link Passwords#MIN_CHARS} characters, since shorter ones are
 * refused anyway: 12,047 words from a list of 437,651. Loaded once, on first use, so start-up does
 * not pay for it.
 */
final class CommonPasswords {
    static final String RESOURCE = "/account/common-passwords.txt.gz";

    private CommonPasswords() {
    }

    /** Whether the password, ignoring case, is on the list. */
    static boolean contains(String password) {
        return Holder.WORDS.contains(normal(password));
    }

    /** How many entries the list has. */
    static int size() {
        return Holder.WORDS.size();
    }

    private static String normal(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Loads the list when first asked. */
    private static final class Holder {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the common-password list " + RESOURCE + " is missing from the build");
                }
                Set<String> words = new HashSet<>(16_384);
                BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                        StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    words.add(line);
                }
                return Set.copyOf(words);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the common-password list " + RESOURCE, e);
            }
        }
    }
}
