package org.crampcare.triage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of one full assessment (validation, triage, advice) on one thread.
 *
 * <p>Run: {@code ./mvnw -Pbench -DskipTests package && java -jar target/benchmarks.jar AssessmentBenchmark}.
 * Target: at least 100,000 assessments a second on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AssessmentBenchmark {
    private Assessor assessor;
    private AssessmentInput complete;
    private String json;
    private byte[] bytes;
    private AssessmentResult result;

    /** Loads the built-in knowledge once. */
    @Setup
    public void setUp() {
        assessor = Assessor.builtIn();
        complete = AssessmentInput.of(Map.ofEntries(Map.entry("unbearable_pain", false),
                Map.entry("all_over_body", false), Map.entry("toxin_exposure", false), Map.entry("swelling", false),
                Map.entry("redness", false), Map.entry("warmth", false), Map.entry("numbness", false),
                Map.entry("skin_changes", false), Map.entry("severe_pain_persists", false), Map.entry("pain_score", 8),
                Map.entry("episodes_per_week", 4), Map.entry("episode_minutes", 3),
                Map.entry("no_relief_from_stretching", false), Map.entry("weakness", false),
                Map.entry("tingling", false), Map.entry("poor_coordination", false), Map.entry("wakes_at_night", true),
                Map.entry("walking_cramps_ease_with_rest", false), Map.entry("interferes_with_daily_life", true),
                Map.entry("conditions", List.of()), Map.entry("medications", List.of("diuretic")),
                Map.entry("locations", List.of("calf", "foot")), Map.entry("factors", List.of("dehydration")),
                Map.entry("age", 70), Map.entry("sex", "female")));
        json = AssessmentJson.write(Map.of("answers", complete.answers()));
        bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        result = assessor.assess(complete);
    }

    /** A complete 25-answer assessment from already parsed input. */
    @Benchmark
    public AssessmentResult assess() {
        return assessor.assess(complete);
    }

    /** The same assessment from JSON text to JSON text, as the CLI and API do it. */
    @Benchmark
    public String assessJsonToJson() {
        return AssessmentJson.write(assessor.assess(AssessmentJson.readInput(json)));
    }

    /**
     * The same assessment from UTF-8 bytes to UTF-8 bytes, as the HTTP API does it: the output goes
     * into a buffer sized for one response, which the server hands to the socket as it is.
     */
    @Benchmark
    public java.io.ByteArrayOutputStream assessBytesToBytes() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(32 * 1024);
        AssessmentJson.write(assessor.assess(AssessmentJson.readInput(bytes)), out);
        return out;
    }

    /** Only reading the input bytes (the first third of {@link #assessBytesToBytes()}). */
    @Benchmark
    public AssessmentInput readBytes() {
        return AssessmentJson.readInput(bytes);
    }

    /** Only writing a finished result as bytes (the last third of {@link #assessBytesToBytes()}). */
    @Benchmark
    public java.io.ByteArrayOutputStream writeBytes() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(32 * 1024);
        AssessmentJson.write(result, out);
        return out;
    }
}
