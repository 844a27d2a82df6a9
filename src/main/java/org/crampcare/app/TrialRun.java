package org.crampcare.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import org.crampcare.storage.Database;
import org.crampcare.web.WebServer;

/**
 * The end of the hidden {@code serve --trial}: one health check against the started server, then a
 * clean stop.
 *
 * <p>The launcher records its class-data-sharing archive with such a run right after building the
 * jar, so the archive holds the classes of a start-up and of a first request, and even the first
 * real start is fast.
 */
final class TrialRun {
    static final String HEALTH = "/api/v1/health";

    private TrialRun() {
    }

    /** Checks that the server answers its health check, then stops it; returns the exit code. */
    static int check(String host, WebServer server, Database database, PrintWriter err) {
        try {
            int status = healthStatus(host, server.port());
            if (status != 200) {
                err.println("crampcare: trial run: " + HEALTH + " answered " + status);
                return 1;
            }
            return 0;
        } finally {
            server.stop();
            database.close();
            err.flush();
        }
    }

    private static int healthStatus(String host, int port) {
        try {
            URL url = new URL("http", host, port, HEALTH);
            HttpURLConnection connection = (HttpURLConnection) url.openConnection();
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            return status;
        } catch (IOException e) {
            throw new UncheckedIOException("trial run: " + HEALTH + " on port " + port + " did not answer: "
                    + e.getMessage(), e);
        }
    }
}
