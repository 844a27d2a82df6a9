package org.crampcare.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The migration scripts shipped in a classpath folder (inside the jar, or a folder in development).
 *
 * <p>Read without Flyway so that start-up can tell whether Flyway would have anything to do. When
 * the folder holds anything but versioned SQL scripts (a repeatable migration, a callback), the
 * answer is empty and Flyway decides as before.
 */
final class ShippedMigrations {
    private ShippedMigrations() {
    }

    /** Every script of the classpath folder, or empty when one of them is not a versioned SQL migration. */
    static Optional<Set<Migration>> in(String folder) {
        return in(ShippedMigrations.class.getClassLoader(), folder);
    }

    /**
     * The same, for the folder as {@code loader} sees it. Empty as well when the folder is missing
     * or on the class path more than once (Flyway would merge the copies).
     */
    static Optional<Set<Migration>> in(ClassLoader loader, String folder) {
        List<URL> urls = copies(loader, folder);
        if (urls.size() != 1) {
            return Optional.empty();
        }
        Set<Migration> out = new HashSet<>();
        for (Script s : scripts(urls.get(0), folder)) {
            Optional<Migration> m = Migration.of(s.name(), s.text());
            if (m.isEmpty()) {
                return Optional.empty();
            }
            out.add(m.get());
        }
        return Optional.of(Set.copyOf(out));
    }

    /** A file of the folder: its name (without the folder) and its text. */
    private record Script(String name, String text) {
    }

    private static List<URL> copies(ClassLoader loader, String folder) {
        try {
            return Collections.list(loader.getResources(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for the migrations at classpath:" + folder, e);
        }
    }

    private static List<Script> scripts(URL url, String folder) {
        try {
            return switch (url.getProtocol()) {
                case "file" -> fromFolder(Path.of(url.toURI()));
                case "jar" -> fromJar((JarURLConnection) url.openConnection(), folder + "/");
                default -> throw new IllegalStateException("cannot list migrations at " + url);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migrations at " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read the migrations at " + url, e);
        }
    }

    private static List<Script> fromFolder(Path dir) throws IOException {
        List<Script> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.add(new Script(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private static List<Script> fromJar(JarURLConnection connection, String prefix) throws IOException {
        connection.setUseCaches(false);
        List<Script> out = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                if (e.getName().startsWith(prefix) && !e.isDirectory()) {
                    try (InputStream in = jar.getInputStream(e)) {
                        out.add(new Script(e.getName().substring(prefix.length()),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return out;
    }
}
