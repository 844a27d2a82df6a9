package org.crampcare.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.crampcare.storage.PrivateFiles;

/**
 * Where the web server listens and where it keeps its data.
 *
 * <p>Built with {@link #resolve}, which checks every setting up front so that a typo stops the
 * server at start-up with a message naming the option and its environment variable.
 *
 * @param port    TCP port; 0 asks the system for a free port (used by tests)
 * @param host    interface to bind, e.g. 127.0.0.1
 * @param dataDir folder for the diary database of a later release; created if missing
 */
public record ServerConfig(int port, String host, Path dataDir) {
    static final String PORT = "--port / CRAMPCARE_PORT";
    static final String HOST = "--host / CRAMPCARE_HOST";
    static final String DATA = "--data / CRAMPCARE_DATA";

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(PORT + ": must be 1-65535, got " + port);
        }
        if (host == null || host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(HOST + ": must be a host name or IP address, got '" + host + "'");
        }
        if (dataDir == null) {
            throw new IllegalArgumentException(DATA + ": must name a folder");
        }
    }

    /**
     * Resolves the settings: a command-line value wins, then the environment, then the default.
     *
     * @throws IllegalArgumentException naming the setting when a value is invalid
     */
    public static ServerConfig resolve(String port, String host, String data, Map<String, String> env) {
        int p = parsePort(first(port, env.get("CRAMPCARE_PORT"), "8080"));
        String h = first(host, env.get("CRAMPCARE_HOST"), "127.0.0.1");
        Path d = Path.of(first(data, env.get("CRAMPCARE_DATA"), "data"));
        return new ServerConfig(p, h, d);
    }

    /** Creates the data folder if missing (readable by its owner only) and checks it can be written. */
    public void prepareDataDir() {
        try {
            PrivateFiles.createFolder(dataDir);
        } catch (IOException e) {
            throw new IllegalArgumentException(DATA + ": cannot create folder " + dataDir + " (" + e.getMessage() + ")", e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new IllegalArgumentException(DATA + ": folder " + dataDir + " is not writable");
        }
    }

    private static int parsePort(String value) {
        int p;
        try {
            p = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT + ": must be a whole number 1-65535, got '" + value + "'", e);
        }
        if (p < 1 || p > 65535) {
            throw new IllegalArgumentException(PORT + ": must be 1-65535, got " + p);
        }
        return p;
    }

    private static String first(String option, String env, String fallback) {
        if (option != null) {
            return option;
        }
        return env == null || env.isBlank() ? fallback : env;
    }
}
