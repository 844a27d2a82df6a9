package org.crampcare.knowledge;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Coverage-guided fuzzing of the knowledge loader: the built-in knowledge with one file (chosen by the
 * first byte) replaced by fuzzed text loads or fails with {@link KnowledgeException} listing the
 * problems, never with another exception. Regression inputs live in
 * {@code src/test/resources/org/crampcare/knowledge/KnowledgeLoaderFuzzTestInputs/}.
 */
class KnowledgeLoaderFuzzTest {
    private static final List<String> FILES = List.of(KnowledgeLoader.INDEX, "sources.yaml", "items.yaml",
            "rules.yaml", "hydration.yaml", "relief.yaml");
    private static final Map<String, Optional<String>> BUILT_IN = new ConcurrentHashMap<>();

    @FuzzTest(maxDuration = "5m")
    void anyFileLoadsOrFailsWithTheListOfProblems(FuzzedDataProvider data) {
        String replaced = FILES.get(Math.floorMod(data.consumeByte(), FILES.size()));
        String text = data.consumeRemainingAsString();
        KnowledgeFiles files = new KnowledgeFiles() {
            @Override
            public String describe() {
                return "built-in knowledge with a fuzzed " + replaced;
            }

            @Override
            public Optional<String> read(String fileName) {
                return fileName.equals(replaced) ? Optional.of(text)
                        : BUILT_IN.computeIfAbsent(fileName, f -> KnowledgeFiles.builtIn().read(f));
            }
        };
        try {
            KnowledgeLoader.load(files);
        } catch (KnowledgeException expected) {
            if (expected.problems().isEmpty()) {
                throw new AssertionError("a knowledge error without problems", expected);
            }
        }
    }
}
