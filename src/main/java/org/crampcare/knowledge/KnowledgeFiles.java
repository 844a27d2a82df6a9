package org.crampcare.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where knowledge files are read from: the copy built into the jar, or a folder a clinician edits.
 *
 * <p>Both are read through the same names, so edited files are checked exactly like shipped ones.
 */
public interface KnowledgeFiles {

    /** A description for messages, e.g. the folder path. */
    String describe();

    /** The text of the named file, or empty when there is no such file. */
    Optional<String> read(String fileName);

    /** The knowledge shipped inside CrampCare. */
    static KnowledgeFiles builtIn() {
        return new KnowledgeFiles() {
            @Override
            public String describe() {
                return "built-in knowledge";
            }

            @Override
            public Optional<String> read(String fileName) {
                try (InputStream in = KnowledgeFiles.class.getResourceAsStream("/knowledge/" + fileName)) {
                    return in == null ? Optional.empty()
                            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read built-in knowledge file " + fileName, e);
                }
            }
        };
    }

    /** Knowledge files in a folder on disk. */
    static KnowledgeFiles folder(Path dir) {
        return new KnowledgeFiles() {
            @Override
            public String describe() {
                return dir.toString();
            }

            @Override
            public Optional<String> read(String fileName) {
                Path file = dir.resolve(fileName);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read knowledge file " + file, e);
                }
            }
        };
    }
}
