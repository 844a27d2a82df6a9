package org.crampcare;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A value that is slow to build, built once: ahead of time on a background thread, or on first use.
 *
 * <p>Why: the search index and the free-text lexicons take seconds of CPU to build. A server starts
 * listening first and builds them right after; a request that arrives before one is ready waits for
 * it, and a command-line run that needs one builds it when it asks. A failed build is kept and
 * rethrown to every caller, so it is never silently retried or half-built.
 */
final class Deferred<T> implements Supplier<T> {
    private final Supplier<T> build;
    private final CompletableFuture<T> value = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();

    Deferred(Supplier<T> build) {
        this.build = build;
    }

    /** Starts the build on a new daemon thread named {@code threadName}, unless it has started already. */
    void buildInBackground(String threadName) {
        if (started.compareAndSet(false, true)) {
            Thread thread = new Thread(this::buildNow, threadName);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Runs {@code then} with the value once it is built (at once if it is); never when the build fails. */
    void whenBuilt(java.util.function.Consumer<T> then) {
        value.thenAccept(then);
    }

    /** The value: built here if nobody has started it, else waited for; rethrows a failed build. */
    @Override
    public T get() {
        if (started.compareAndSet(false, true)) {
            buildNow();
        }
        try {
            return value.join();
        } catch (CompletionException e) {
            throw rethrowable(e.getCause());
        }
    }

    private void buildNow() {
        try {
            value.complete(build.get());
        } catch (RuntimeException | Error e) {
            value.completeExceptionally(e);
        }
    }

    private static RuntimeException rethrowable(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
}
