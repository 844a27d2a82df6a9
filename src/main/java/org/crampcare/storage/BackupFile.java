package org.crampcare.storage;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The bytes of a backup file: gzip-compressed UTF-8 text, one JSON value per line, and a last line
 * {@code {"sha256":"..."}} holding the SHA-256 of every line before it.
 *
 * <p>Lines, not one JSON document, so that a backup of any size is written and read as a stream; the
 * checksum line comes last, so a file cut short anywhere has none and is refused. See
 * {@link Backup} for what the lines hold.
 */
final class BackupFile {
    /** The first line's {@code format}. */
    static final String FORMAT = "crampcare-backup";
    static final int VERSION = 1;
    /** No line of a backup is longer: a row is a few KiB at most (a saved assessment). */
    static final int MAX_LINE_BYTES = 4 * 1024 * 1024;
    static final String CHECKSUM_KEY = "sha256";

    private BackupFile() {
    }

    /** Writes lines to a stream it does not own, and keeps the running checksum. */
    static final class Writer implements AutoCloseable {
        private final GZIPOutputStream out;
        private final MessageDigest digest = sha256();

        Writer(OutputStream target) throws IOException {
            this.out = new GZIPOutputStream(target, 64 * 1024);
        }

        void line(String json) throws IOException {
            byte[] bytes = (json + "\n").getBytes(StandardCharsets.UTF_8);
            digest.update(bytes);
            out.write(bytes);
        }

        /** Writes the checksum line; returns the checksum. */
        String finish() throws IOException {
            String sum = HexFormat.of().formatHex(digest.digest());
            out.write(("{\"" + CHECKSUM_KEY + "\":\"" + sum + "\"}\n").getBytes(StandardCharsets.UTF_8));
            out.finish();
            return sum;
        }

        /** Ends the compressed stream; the caller's stream stays open (its owner closes it). */
        @Override
        public void close() throws IOException {
            out.finish();
        }
    }

    /** Reads lines, each at most {@link #MAX_LINE_BYTES}, and keeps the checksum of those read. */
    static final class Reader implements AutoCloseable {
        private final InputStream in;
        private final MessageDigest digest = sha256();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private byte[] previous;
        private long number;

        Reader(InputStream source) {
            try {
                this.in = new BufferedInputStream(new GZIPInputStream(source, 64 * 1024), 64 * 1024);
            } catch (ZipException e) {
                throw new BackupException("this is not a CrampCare backup (not a gzip file)", e);
            } catch (EOFException e) {
                throw new BackupException("the backup file is empty or cut short", e);
            } catch (IOException e) {
                throw damaged(e);
            }
        }

        /** The next line, or null at the end; the line before it goes into the checksum. */
        String next() {
            if (previous != null) {
                digest.update(previous);
            }
            line.reset();
            try {
                int b;
                while ((b = in.read()) >= 0 && b != '\n') {
                    if (line.size() >= MAX_LINE_BYTES) {
                        throw new BackupException("line " + (number + 1) + " of the backup is longer than "
                                + MAX_LINE_BYTES + " bytes: the file is damaged or not a CrampCare backup");
                    }
                    line.write(b);
                }
                if (b < 0 && line.size() == 0) {
                    previous = null;
                    return null;
                }
                if (b < 0) {
                    throw new BackupException("the backup file is cut short (its last line is incomplete)");
                }
            } catch (EOFException e) {
                throw new BackupException("the backup file is cut short (" + e.getMessage() + ")", e);
            } catch (IOException e) {
                throw damaged(e);
            }
            number++;
            line.write('\n');
            previous = line.toByteArray();
            return new String(previous, 0, previous.length - 1, StandardCharsets.UTF_8);
        }

        /** The SHA-256 of every line before the one {@link #next} returned last. */
        String checksumSoFar() {
            return HexFormat.of().formatHex(digest.digest());
        }

        long lineNumber() {
            return number;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static BackupException damaged(IOException e) {
        return new BackupException("the backup file is damaged (" + e.getMessage() + ")", e);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
