package org.crampcare.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.crampcare.CrampCare;
import org.crampcare.SharedCrampCare;

/** The real app, started in-process on a free port for one test class. */
final class RunningServer implements AutoCloseable {
    private final WebServer server;

    RunningServer() {
        this(SharedCrampCare.BUILT_IN);
    }

    /** The app on the given knowledge. */
    RunningServer(CrampCare crampCare) {
        try {
            server = WebServer.start(crampCare,
                    new ServerConfig(0, "127.0.0.1", Files.createTempDirectory("crampcare-data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.port();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() {
        server.stop();
    }
}
