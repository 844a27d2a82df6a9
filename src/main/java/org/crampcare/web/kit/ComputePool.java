package org.crampcare.web.kit;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded pool of worker threads for request work whose cost depends on the input (reading a
 * description, assessing), so that it never runs on a thread that serves Jetty's connections.
 *
 * <p>One thread per processor, since the work is pure computation; a bounded queue behind them.
 * When both are full, {@link #execute} throws {@link java.util.concurrent.RejectedExecutionException}
 * and the caller answers 503 at once instead of letting work pile up without limit.
 */
public final class ComputePool implements Executor, AutoCloseable {
    /** The threads' name prefix (tests check that the work runs on them). */
    public static final String THREAD_PREFIX = "crampcare-compute-";
    private final ThreadPoolExecutor pool;

    /** A pool of {@code threads} workers and {@code queue} waiting places. */
    public ComputePool(int threads, int queue) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
                task -> {
                    Thread t = new Thread(task, THREAD_PREFIX + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** The production pool: one worker per processor, 128 waiting places. */
    public static ComputePool standard() {
        return new ComputePool(Math.max(1, Runtime.getRuntime().availableProcessors()), 128);
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(task);
    }

    /** Lets queued work finish, then ends the threads. */
    @Override
    public void close() {
        pool.shutdown();
    }
}
