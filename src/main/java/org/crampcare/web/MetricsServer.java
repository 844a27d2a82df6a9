package org.crampcare.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.crampcare.web.kit.Metrics;

/**
 * Serves Prometheus text at {@code /metrics} on a port of its own (see {@link MetricsConfig}).
 *
 * <p>The JDK's small HTTP server on one thread: a scrape every few seconds needs no more, and the
 * web app's port, its proxy and its access log stay free of it. The registry holds the JVM's
 * meters, the connection pool's (bound by the caller) and the web app's ({@link Metrics}).
 */
public final class MetricsServer implements AutoCloseable {
    /** Prometheus text exposition format 0.0.4. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final HttpServer server;
    private final JvmGcMetrics gc;

    private MetricsServer(HttpServer server, JvmGcMetrics gc) {
        this.server = server;
        this.gc = gc;
    }

    /** A Prometheus registry with the JVM's meters bound. */
    public static PrometheusMeterRegistry registry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    /** Starts serving the registry; the port must be free. */
    public static MetricsServer start(MetricsConfig config, PrometheusMeterRegistry registry) {
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 16);
            server.createContext("/metrics", exchange -> scrape(exchange, registry));
            server.start();
            return new MetricsServer(server, gc);
        } catch (IOException e) {
            gc.close();
            throw new UncheckedIOException(MetricsConfig.PORT + ": cannot listen on " + config.host() + ":"
                    + config.port() + " (" + e.getMessage() + ")", e);
        }
    }

    private static void scrape(HttpExchange exchange, PrometheusMeterRegistry registry) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals("/metrics")
                    || !("GET".equals(exchange.getRequestMethod()) || "HEAD".equals(exchange.getRequestMethod()))) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        gc.close();
    }
}
