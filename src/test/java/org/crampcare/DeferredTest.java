package org.crampcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A deferred value is built exactly once, whoever asks first, and a failed build is never retried. */
class DeferredTest {

    @Test
    void manyCallersAtOnceGetTheOneValueBuiltOnce() throws InterruptedException {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        Deferred<Object> deferred = new Deferred<>(() -> {
            builds.incrementAndGet();
            return new Object();
        });
        List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                awaitQuietly(go);
                seen.add(deferred.get());
            });
            t.start();
            threads.add(t);
        }
        deferred.buildInBackground("test-build");
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(builds).hasValue(1);
        assertThat(seen).hasSize(8).allSatisfy(v -> assertThat(v).isSameAs(seen.get(0)));
    }

    @Test
    void aFailedBuildIsRethrownToEveryCallerAndNotRetried() {
        AtomicInteger builds = new AtomicInteger();
        Deferred<String> deferred = new Deferred<>(() -> {
            builds.incrementAndGet();
            throw new IllegalArgumentException("synonyms.yaml $.groups[0]: broken");
        });
        assertThatThrownBy(deferred::get).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("synonyms.yaml");
        assertThatThrownBy(deferred::get).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("synonyms.yaml");
        assertThat(builds).hasValue(1);
    }

    @Test
    void whenBuiltRunsAfterASuccessfulBuildOnly() {
        List<String> after = new ArrayList<>();
        Deferred<String> ok = new Deferred<>(() -> "index");
        ok.whenBuilt(after::add);
        assertThat(after).isEmpty();
        ok.get();
        assertThat(after).containsExactly("index");

        Deferred<String> failing = new Deferred<>(() -> {
            throw new IllegalStateException("no");
        });
        failing.whenBuilt(after::add);
        assertThatThrownBy(failing::get).isInstanceOf(IllegalStateException.class);
        assertThat(after).containsExactly("index");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
