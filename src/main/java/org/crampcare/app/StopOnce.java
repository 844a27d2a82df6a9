package org.crampcare.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a stop once: the first caller runs it, every later caller waits until it has ended.
 *
 * <p>Why: a server is stopped by a signal and again by its shutdown hook when the process exits;
 * the second must neither stop it twice nor let the process end while the first is still at work.
 */
final class StopOnce implements Runnable {
    private final Runnable stop;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);

    StopOnce(Runnable stop) {
        this.stop = stop;
    }

    @Override
    public void run() {
        if (started.compareAndSet(false, true)) {
            try {
                stop.run();
            } finally {
                ended.countDown();
            }
            return;
        }
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
