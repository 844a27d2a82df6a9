package org.crampcare.web.kit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crampcare.knowledge.TriageLevel;

/**
 * The server's own meters (Micrometer): requests by route template and status with latency
 * histograms, and assessments by triage level.
 *
 * <p>Counts only: no meter carries anything about a person, a path's actual values (an id, a date)
 * or a query, so a metrics scrape can be shared like any other operations data. Routes are the
 * templates ({@code /diary/cramps/{id}}), and every unmatched path counts as {@code unmatched}, so
 * the number of series stays fixed whatever is requested. {@link #off} records nothing.
 */
public final class Metrics {
    /** Requests that matched no route share one label. */
    static final String UNMATCHED = "unmatched";
    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Map<TriageLevel, Counter> assessments = new EnumMap<>(TriageLevel.class);

    public Metrics(MeterRegistry registry) {
        this.registry = registry;
        for (TriageLevel level : TriageLevel.values()) {
            assessments.put(level, Counter.builder("crampcare.assessments").description("Assessment results given, by triage level")
                    .tag("level", level.name()).register(registry));
        }
    }

    /** Meters that record nothing, for a server started without a metrics port. */
    public static Metrics off() {
        return new Metrics(new CompositeMeterRegistry());
    }

    /** The registry, for binding further meters (JVM, connection pool). */
    public MeterRegistry registry() {
        return registry;
    }

    /** Counts an assessment result given to someone. */
    public void assessed(TriageLevel level) {
        assessments.get(level).increment();
    }

    /** Records one answered request: the route template (null when none matched), status and duration. */
    public void request(String method, String route, int status, long nanos) {
        String r = route == null || route.isEmpty() ? UNMATCHED : route;
        timers.computeIfAbsent(method + ' ' + r + ' ' + status, k -> Timer.builder("http.server.requests")
                        .description("HTTP requests by method, route template and status")
                        .tag("method", method).tag("route", r).tag("status", Integer.toString(status))
                        .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                        .maximumExpectedValue(Duration.ofSeconds(30)).register(registry))
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
