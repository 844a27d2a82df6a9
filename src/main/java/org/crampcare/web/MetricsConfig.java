package org.crampcare.web;

import java.util.Map;

/**
 * Where the Prometheus metrics are served, if at all: {@code --metrics-port} / {@code CRAMPCARE_METRICS_PORT}
 * and {@code --metrics-host} / {@code CRAMPCARE_METRICS_HOST}.
 *
 * <p>A port of its own, bound to 127.0.0.1 unless told otherwise: the metrics are for the operator's
 * Prometheus on the same machine or network, never for the public behind the proxy.
 *
 * @param port 0 for no metrics server (the default)
 * @param host the interface to bind
 */
public record MetricsConfig(int port, String host) {
    static final String PORT = "--metrics-port / CRAMPCARE_METRICS_PORT";
    static final String HOST = "--metrics-host / CRAMPCARE_METRICS_HOST";
    /** No metrics server. */
    public static final MetricsConfig OFF = new MetricsConfig(0, "127.0.0.1");

    public MetricsConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(PORT + ": must be 1-65535, got " + port);
        }
        if (host == null || host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(HOST + ": must be a host name or IP address, got '" + host + "'");
        }
    }

    /** Option, else environment, else off / 127.0.0.1; throws naming the setting on a bad value. */
    public static MetricsConfig resolve(String port, String host, Map<String, String> env) {
        String p = port != null ? port : env.get("CRAMPCARE_METRICS_PORT");
        String h = host != null ? host : env.getOrDefault("CRAMPCARE_METRICS_HOST", "127.0.0.1");
        if (p == null || p.isBlank()) {
            return new MetricsConfig(0, h.isBlank() ? "127.0.0.1" : h);
        }
        int n;
        try {
            n = Integer.parseInt(p.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT + ": must be a whole number 1-65535, got '" + p + "'", e);
        }
        if (n < 1) {
            throw new IllegalArgumentException(PORT + ": must be 1-65535, got " + n);
        }
        return new MetricsConfig(n, h);
    }

    /** Whether a metrics server is wanted. */
    public boolean enabled() {
        return port > 0;
    }
}
