package org.crampcare.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import sun.misc.Signal;

/**
 * Catches SIGTERM and SIGINT, so the server stops itself before the JVM begins to shut down.
 *
 * <p>Why not only a shutdown hook: libraries stop in shutdown hooks too, all at the same time as
 * ours, and ONNX Runtime's closes the native environment the search's embedding model runs in. A
 * search in flight, or the model still loading, then crashed the process (SIGSEGV/SIGBUS, exit
 * 134) instead of finishing. Stopping first and exiting after means nothing runs in that library
 * when its hook closes it.
 */
final class StopSignals {
    private final CompletableFuture<Integer> received = new CompletableFuture<>();

    private StopSignals() {
    }

    /**
     * Handles SIGTERM and SIGINT from now on. A signal the JVM keeps for itself (as with {@code -Xrs})
     * is named in {@code problems} and left to the shutdown hook.
     */
    static StopSignals install(List<String> problems) {
        StopSignals signals = new StopSignals();
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(name), s -> signals.received.complete(s.getNumber()));
            } catch (IllegalArgumentException e) {
                problems.add("SIG" + name + " is left to the shutdown hook: " + e.getMessage());
            }
        }
        return signals;
    }

    /** Waits for the first of the signals and returns its number (15 for SIGTERM, 2 for SIGINT). */
    int await() throws InterruptedException {
        try {
            return received.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the signal wait failed", e);
        }
    }
}
