package org.crampcare.web.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #19 item 1: the direct route's work used to run on Jetty's connection (selector) threads,
 * so three slow requests stalled every other request. A real Jetty server with one selector, the
 * real {@link DirectRoutes}, and a route that holds its thread until the test lets it go.
 */
class DirectRoutesTest {
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Server server;
    private int port;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory());
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        AccessLog log = new AccessLog(new PrintStream(OutputStream.nullOutputStream()), new ClientAddress(List.of()));
        DirectRoutes direct = new DirectRoutes(new Health(), new SecurityHeaders(false), log, new ComputePool(2, 2),
                Metrics.off());
        direct.post("/slow", (type, body) -> {
            threads.add(Thread.currentThread().getName());
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return JsonReply.ok(Map.of("ok", true));
        });
        server.setHandler(direct);
        server.start();
        port = connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        server.stop();
    }

    @Test
    void slowWorkRunsOnTheComputePoolAndHealthAnswersMeanwhileAndTheOverflowGets503() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            slow.add(post("/slow"));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (threads.size() < 2) {
            assertThat(System.nanoTime()).as("two slow requests running within 10 s (a blocked connection thread"
                    + " never reads the second)").isLessThan(deadline);
            Thread.sleep(5);
        }
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);

        Thread.sleep(200);
        HttpResponse<String> overflow = post("/slow").get(5, TimeUnit.SECONDS);
        assertThat(overflow.statusCode()).isEqualTo(503);
        assertThat(overflow.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(overflow.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(overflow.body()).contains("\"field\":\"server\"");

        release.countDown();
        for (CompletableFuture<HttpResponse<String>> r : slow) {
            assertThat(r.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        assertThat(threads).hasSize(4).allSatisfy(name -> assertThat(name).startsWith(ComputePool.THREAD_PREFIX));
    }

    private CompletableFuture<HttpResponse<String>> post(String path) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Stands in for Javalin behind the direct routes: answers every other request with 200. */
    private static final class Health extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            response.setStatus(200);
            Content.Sink.write(response, true, "ok", callback);
            return true;
        }
    }
}
