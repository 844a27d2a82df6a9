package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.crampcare.CrampCare;
import org.crampcare.SharedCrampCare;
import org.crampcare.FreePorts;
import org.crampcare.storage.Database;
import org.crampcare.storage.DatabaseConfig;
import org.crampcare.web.kit.Metrics;
import org.junit.jupiter.api.Test;

/** {@code serve --metrics-port}: Prometheus text with requests by route template, latency histograms, JVM, pool, assessments. */
class MetricsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void prometheusTextCountsRequestsByRouteTemplateAndAssessmentsByLevelOnly() throws Exception {
        Path data = Files.createTempDirectory("crampcare-metrics");
        PrometheusMeterRegistry registry = MetricsServer.registry();
        try (Database db = Database.open(DatabaseConfig.of(data, null, null, null))) {
            db.bindMetrics(registry);
            CrampCare crampCare = SharedCrampCare.BUILT_IN;
            WebServer web = WebServer.start(crampCare, new ServerConfig(0, "127.0.0.1", data), SecurityConfig.DEFAULTS,
                    PersonalData.on(db, crampCare.knowledge(), Clock.systemUTC()), new Metrics(registry));
            try (MetricsServer metrics = MetricsServer.start(new MetricsConfig(FreePorts.any(), "127.0.0.1"), registry)) {
                String base = "http://127.0.0.1:" + web.port();
                send("GET", base + "/", null);
                send("GET", base + "/knowledge/relief", null);
                send("GET", base + "/no/such/page/4711", null);
                send("POST", base + "/api/v1/assessments", "{\"answers\":{\"all_over_body\":true}}");
                send("POST", base + "/api/v1/assessments", "{\"answers\":{\"pain_score\":3}}");
                send("POST", base + "/fhir/QuestionnaireResponse/$assess", FhirApiTest.response(Map.of("all_over_body", true)));
                send("GET", base + "/api/v1/knowledge/search?q=calf+cramp+at+night", null);
                send("GET", base + "/diary/offline", null);
                HttpResponse<String> scrape = send("GET", "http://127.0.0.1:" + metrics.port() + "/metrics", null);
                assertThat(scrape.statusCode()).isEqualTo(200);
                assertThat(scrape.headers().firstValue("Content-Type")).hasValue(MetricsServer.CONTENT_TYPE);
                String text = scrape.body();
                assertThat(text).contains(
                        "http_server_requests_seconds_count{method=\"GET\",route=\"/knowledge/{topic}\",status=\"200\"} 1",
                        "http_server_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"} 1",
                        "http_server_requests_seconds_count{method=\"POST\",route=\"/api/v1/assessments\",status=\"200\"} 2",
                        "http_server_requests_seconds_bucket{method=\"GET\",route=\"/\",status=\"200\",le=",
                        "http_server_requests_seconds_count{method=\"POST\",route=\"/fhir/QuestionnaireResponse/$assess\",status=\"200\"} 1",
                        "http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/knowledge/search\",status=\"200\"} 1",
                        "http_server_requests_seconds_count{method=\"GET\",route=\"/diary/offline\",status=\"200\"} 1",
                        "crampcare_assessments_total{level=\"EMERGENCY\"} 2.0",
                        "crampcare_assessments_total{level=\"SELF_CARE\"}",
                        "jvm_memory_used_bytes", "jvm_threads_live_threads", "hikaricp_connections_active");
                assertThat(withoutSampleValues(text)).as("names, labels and help texts")
                        .doesNotContain("4711", "/knowledge/relief", "all_over_body", "calf+cramp", "calf cramp");
                assertThat(send("GET", base + "/metrics", null).statusCode()).as("not on the public port").isEqualTo(404);
            } finally {
                web.stop();
            }
        }
    }

    @Test
    void theSettingsAreCheckedAndNamed() {
        assertThat(MetricsConfig.resolve(null, null, Map.of()).enabled()).isFalse();
        MetricsConfig fromEnv = MetricsConfig.resolve(null, null, Map.of("CRAMPCARE_METRICS_PORT", "9464"));
        assertThat(fromEnv).isEqualTo(new MetricsConfig(9464, "127.0.0.1"));
        assertThat(MetricsConfig.resolve("9100", "0.0.0.0", Map.of("CRAMPCARE_METRICS_PORT", "9464")))
                .isEqualTo(new MetricsConfig(9100, "0.0.0.0"));
        assertThatThrownBy(() -> MetricsConfig.resolve("ninety", null, Map.of()))
                .hasMessageStartingWith("--metrics-port / CRAMPCARE_METRICS_PORT: must be a whole number");
        assertThatThrownBy(() -> MetricsConfig.resolve("70000", null, Map.of())).hasMessageContaining("1-65535");
    }

    private static HttpResponse<String> send(String method, String url, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return HTTP.send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The exposition text with each sample's value cut off: a value is a number the JVM or the machine
     * measured (a load average of 10.4711 once), so only names, labels and help texts can leak a path.
     */
    private static String withoutSampleValues(String text) {
        return text.lines().map(line -> line.startsWith("#") || line.lastIndexOf(' ') < 0 ? line
                : line.substring(0, line.lastIndexOf(' '))).collect(java.util.stream.Collectors.joining("\n"));
    }
}
