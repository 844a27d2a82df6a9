package org.crampcare.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One versioned SQL migration as Flyway records it in its history table.
 *
 * <p>The fields are computed the way Flyway computes them, so a shipped script and a history row
 * compare equal exactly when Flyway would find nothing to apply and nothing to complain about.
 *
 * @param version     e.g. {@code 1} for {@code V1__diary.sql} ({@code 1.2} for {@code V1_2__...})
 * @param description e.g. {@code diary} (underscores become spaces)
 * @param script      the file name, e.g. {@code V1__diary.sql}
 * @param checksum    Flyway's CRC32 of the script's lines
 */
record Migration(String version, String description, String script, int checksum) {
    private static final Pattern NAME = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__(.+)\\.sql");

    /** The migration in a script file, or empty when the name is not {@code V<version>__<description>.sql}. */
    static Optional<Migration> of(String fileName, String text) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Migration(m.group(1).replace('_', '.'), m.group(2).replace('_', ' '), fileName,
                checksum(text)));
    }

    /** Flyway's checksum: CRC32 over the UTF-8 bytes of each line without its line break, BOM dropped. */
    static int checksum(String text) {
        CRC32 crc = new CRC32();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (BufferedReader lines = new BufferedReader(new StringReader(body))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a string", e);
        }
        return (int) crc.getValue();
    }
}
