package org.crampcare.knowledge;

/**
 * One thing wrong with a knowledge file, located precisely enough for a clinician to fix it.
 *
 * @param file the knowledge file's name, e.g. {@code rules.yaml}
 * @param path a JSON path inside the file, e.g. {@code $.rules[3].when}
 */
public record Problem(String file, String path, String message) {
    @Override
    public String toString() {
        return file + " " + path + ": " + message;
    }
}
