package org.crampcare.web.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a file the web app ships on its classpath (scripts, styles, icons, templates of generated files). */
public final class ClasspathFile {
    private ClasspathFile() {
    }

    /**
     * The bytes of the resource; throws when it is missing, so a broken build fails at start-up
     * instead of on the first request for it.
     */
    public static byte[] read(String resource) {
        try (InputStream in = ClasspathFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing web resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web resource " + resource, e);
        }
    }
}
