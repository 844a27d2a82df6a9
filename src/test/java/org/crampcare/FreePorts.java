package org.crampcare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A TCP port on the loopback interface that nothing listens on right now, for servers started by tests. */
public final class FreePorts {
    private FreePorts() {
    }

    /** A port that was free a moment ago (another process may still take it). */
    public static int any() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port", e);
        }
    }
}
