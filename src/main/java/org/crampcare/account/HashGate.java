package org.crampcare.account;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Lets at most {@code threads} bcrypt computations run at once and {@code queue} more wait;
 * anything beyond is refused at once with {@link AccountBusyException}.
 *
 * <p>Why: each bcrypt hash costs a quarter second of CPU, so eighty parallel sign-ups kept a real
 * sign-in waiting for seconds. With the gate, the wait is bounded and the overflow gets a quick 503.
 */
final class HashGate {
    private final Semaphore running;
    private final int admittedMax;
    private final AtomicInteger admitted = new AtomicInteger();

    HashGate(int threads, int queue) {
        this.running = new Semaphore(threads, true);
        this.admittedMax = threads + queue;
    }

    /** How many computations are running or waiting now. */
    int admitted() {
        return admitted.get();
    }

    /** Runs the work when a thread is free; refuses at once when the queue is full. */
    <T> T run(Supplier<T> work) {
        if (admitted.incrementAndGet() > admittedMax) {
            admitted.decrementAndGet();
            throw new AccountBusyException();
        }
        try {
            running.acquire();
        } catch (InterruptedException e) {
            admitted.decrementAndGet();
            Thread.currentThread().interrupt();
            throw new AccountBusyException();
        }
        try {
            return work.get();
        } finally {
            running.release();
            admitted.decrementAndGet();
        }
    }
}
