package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.crampcare.FreePorts;
import org.crampcare.storage.Vendor;
import org.crampcare.web.kit.Sessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SIGTERM to a real {@code crampcare serve} while clients write: the port stops accepting, requests in
 * flight finish and are answered (three PDF reports are being made when the signal comes),
 * the database closes, and after a restart every write that was answered 201 is there and
 * {@code db check} passes. The server also serves its metrics port from the command line.
 */
class GracefulShutdownTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CRAMP = "{\"muscles\":[\"calf\"],\"pain\":4,\"note\":\"written while stopping\"}";

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void sigtermFinishesRequestsInFlightAndLosesNoAcknowledgedWrite(Vendor vendor) throws Exception {
        ServeProcess crampcare = new ServeProcess(vendor);
        int port = FreePorts.any();
        int metricsPort = FreePorts.any();
        String base = "http://127.0.0.1:" + port;
        Path errors = Files.createTempFile("crampcare-sigterm", ".err");
        Process server = crampcare.serve(port, errors, "--metrics-port", Integer.toString(metricsPort));
        String session = ServeProcess.signIn(base, "sigterm@example.org");
        assertThat(ServeProcess.get("http://127.0.0.1:" + metricsPort + "/metrics", session).body())
                .contains("http_server_requests_seconds_count");

        Set<Long> acked = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            Thread t = new Thread(() -> write(base, session, acked, refused, failed, stop));
            t.start();
            writers.add(t);
        }
        while (acked.size() < 60) {
            Thread.sleep(20);
        }
        List<Thread> reports = new ArrayList<>();
        List<String> reportAnswers = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> answeredAt = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch sent = new java.util.concurrent.CountDownLatch(3);
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> reportAnswers.add(pdfReport(port, session, sent, answeredAt)));
            t.start();
            reports.add(t);
        }
        assertThat(sent.await(30, TimeUnit.SECONDS)).as("the three report requests were sent").isTrue();
        Thread.sleep(100);
        long signalled = System.nanoTime();
        server.destroy();
        assertThat(refusesConnectionsWithin(port, 15_000)).as("no new connections once stopping").isTrue();
        for (Thread t : reports) {
            t.join();
        }
        long answeredAfterSignal = answeredAt.stream().filter(t -> t > signalled).count();
        assertThat(server.waitFor(WebServer.STOP_TIMEOUT_MS + 10_000, TimeUnit.MILLISECONDS)).isTrue();
        long stopMs = (System.nanoTime() - signalled) / 1_000_000;
        stop.set(true);
        for (Thread t : writers) {
            t.join();
        }
        String log = Files.readString(errors);

        Process again = crampcare.serve(port, null);
        Set<Long> found = ConcurrentHashMap.newKeySet();
        try {
            HttpResponse<String> list = ServeProcess.get(base + "/api/v1/diary/cramps", session);
            JSON.readTree(list.body()).get("cramps").forEach(c -> found.add(c.get("id").asLong()));
        } finally {
            again.destroy();
            again.waitFor(30, TimeUnit.SECONDS);
        }
        int check = crampcare.dbCheck();
        System.out.printf("SIGTERM test (%s): %d writes acknowledged, %d found after restart, PDF reports in flight"
                + " answered %s (%d of them after the signal), %d writers refused after the signal, %d failed otherwise,"
                + " stopped in %d ms, exit %d, db check %d%n", vendor, acked.size(), found.size(), reportAnswers,
                answeredAfterSignal, refused.get(), failed.get(), stopMs, server.exitValue(), check);
        assertThat(reportAnswers).as("requests in flight at SIGTERM are answered, not reset").hasSize(3)
                .containsOnly("200 application/pdf");
        assertThat(answeredAfterSignal).as("at least one report was still being made when the signal came").isPositive();
        assertThat(failed.get()).as("writes failed other than by a refused connection, after one retry").isZero();
        assertThat(found).containsAll(acked);
        assertThat(log).contains("crampcare: stopped; the database is closed");
        assertThat(server.exitValue()).as("ended by SIGTERM after the shutdown hook").isEqualTo(143);
        assertThat(check).isZero();
    }

    /**
     * A start that fails after the web port listens (here: the metrics port is taken) waits for the
     * background builds it has begun before the process ends, so the search's model never loads in
     * native code while the JVM exits; the error names the setting.
     */
    @Test
    void aStartThatFailsAfterListeningEndsCleanlyNamingTheSetting() throws Exception {
        ServeProcess crampcare = new ServeProcess(Vendor.SQLITE);
        Path errors = Files.createTempFile("crampcare-metrics-taken", ".err");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Process server = crampcare.crampcare(List.of("serve", "--port", Integer.toString(FreePorts.any()),
                    "--data", crampcare.dbArgs.get(1), "--metrics-port", Integer.toString(taken.getLocalPort())), errors);
            String out = new String(server.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the failed start ends").isTrue();
            String err = Files.readString(errors);
            assertThat(server.exitValue()).as("exit code; stderr: %s", err).isIn(1, 2);
            assertThat(out).doesNotContain("is ready at");
            assertThat(err).contains("--metrics-port").contains("cannot listen")
                    .doesNotContain("SIGSEGV").doesNotContain("SIGBUS").doesNotContain("fatal error");
        }
    }

    private static void write(String base, String session, Set<Long> acked, AtomicInteger refused,
                              AtomicInteger failed, AtomicBoolean stop) {
        while (!stop.get()) {
            String key = java.util.UUID.randomUUID().toString();
            try {
                HttpResponse<String> r;
                try {
                    r = ServeProcess.post(base + "/api/v1/diary/cramps", CRAMP, session, key);
                } catch (IOException closed) {
                    // A kept-alive connection the stopping server closed just as this request went out:
                    // as a phone would, send it once more with the same key (refused once the port is closed).
                    r = ServeProcess.post(base + "/api/v1/diary/cramps", CRAMP, session, key);
                }
                if (r.statusCode() == 201) {
                    acked.add(JSON.readTree(r.body()).get("id").asLong());
                }
            } catch (ConnectException e) {
                refused.incrementAndGet();
                return;
            } catch (Exception e) {
                failed.incrementAndGet();
                return;
            }
        }
    }

    /** Whether the port refuses connections within the time (the JVM runs its shutdown hook first). */
    private static boolean refusesConnectionsWithin(int port, long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            try {
                new Socket("127.0.0.1", port).close();
            } catch (IOException refused) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Asks for a PDF report (a second or more of work); returns "status content-type" or the failure. */
    /**
     * Asks for the PDF report over a plain socket and returns its status and type. The request is
     * written whole before {@code sent} counts down, so the test signals only once every report
     * request is really in flight (an HTTP client may still be connecting when a fixed pause ends
     * on a busy machine).
     */
    private static String pdfReport(int port, String session, java.util.concurrent.CountDownLatch sent,
                                    List<Long> answeredAt) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            String request = "GET /api/v1/diary/report?format=pdf HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nCookie: " + Sessions.COOKIE + "=" + session + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            sent.countDown();
            byte[] answer = socket.getInputStream().readAllBytes();
            answeredAt.add(System.nanoTime());
            String head = new String(answer, 0, Math.min(answer.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1);
            String status = head.isEmpty() ? "no answer" : head.substring(9, Math.min(12, head.length()));
            String type = head.lines().filter(l -> l.regionMatches(true, 0, "Content-Type:", 0, 13))
                    .map(l -> l.substring(13).strip()).findFirst().orElse("");
            return status + " " + type;
        } catch (IOException e) {
            sent.countDown();
            return e.toString();
        }
    }
}
