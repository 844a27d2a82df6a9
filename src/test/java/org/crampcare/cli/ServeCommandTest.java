package org.crampcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.crampcare.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crampcare serve} stops at start-up with one clear message when a setting, the knowledge or
 * the database is unusable, although the knowledge and the database are opened side by side.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ServeCommandTest {
    static final String BROKEN = "src/test/resources/fixtures/knowledge/broken";
    static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/crampcare";

    @TempDir
    Path tmp;

    @Test
    void brokenKnowledgeStopsTheStartListingEveryProblem() {
        CliTest.Run r = CliTest.run("serve", "--knowledge", BROKEN, "--data", tmp.toString(), "--port", "18999");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("crampcare: 15 problem(s) in the knowledge files:")
                .contains("rules.yaml $.rules[0].when: reads unknown item 'dangr'")
                .doesNotContain("\tat ");
        assertThat(r.out()).doesNotContain("is ready");
    }

    @Test
    void brokenKnowledgeIsReportedEvenWhenTheDatabaseFailsToo() {
        CliTest.Run r = CliTest.run("serve", "--knowledge", BROKEN, "--data", tmp.toString(), "--port", "18999",
                "--db-url", UNREACHABLE);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("crampcare: 15 problem(s) in the knowledge files:");
    }

    @Test
    void anUnreachableDatabaseStopsTheStartNamingIt() {
        CliTest.Run r = CliTest.run("serve", "--data", tmp.toString(), "--port", "18999", "--db-url", UNREACHABLE);
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("cannot open the database " + UNREACHABLE).doesNotContain("\tat ");
        assertThat(r.out()).doesNotContain("is ready");
    }

    @Test
    void badSettingsAreNamedBeforeAnythingStarts() {
        CliTest.Run url = CliTest.run("serve", "--data", tmp.toString(), "--db-url", "jdbc:mysql://db/crampcare");
        assertThat(url.code()).isEqualTo(2);
        assertThat(url.err()).contains("--db-url / CRAMPCARE_DB_URL: must start with jdbc:postgresql: or jdbc:sqlite:");
        CliTest.Run port = CliTest.run("serve", "--data", tmp.toString(), "--port", "70000");
        assertThat(port.code()).isEqualTo(2);
        assertThat(port.err()).contains("--port / CRAMPCARE_PORT: must be 1-65535, got 70000");
    }

    @Test
    void aTrialRunStartsOnAFreePortAnswersItsHealthCheckAndStops() {
        CliTest.Run first = CliTest.run("serve", "--trial", "--data", tmp.toString(), "--port", "1");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("CrampCare is ready at http://127.0.0.1:").doesNotContain(":1/");
        assertThat(tmp.resolve(org.crampcare.storage.DatabaseConfig.SQLITE_FILE)).exists();
        CliTest.Run again = CliTest.run("serve", "--trial", "--data", tmp.toString());
        assertThat(again.code()).as(again.err()).isZero();
    }

    /**
     * The search index is built while the server starts and the port may already be open; a
     * vocabulary it cannot use still stops the start-up with the problems, and frees the port.
     */
    @Test
    void aBrokenSearchVocabularyStopsTheStartAndClosesThePort() throws IOException {
        Path knowledge = tmp.resolve("knowledge");
        copyTree(Path.of("src/main/resources/knowledge"), knowledge);
        Files.copy(Path.of("src/test/resources/search/synonyms-broken/synonyms.yaml"),
                knowledge.resolve("synonyms.yaml"), StandardCopyOption.REPLACE_EXISTING);
        int port = FreePorts.any();
        CliTest.Run r = CliTest.run("serve", "--knowledge", knowledge.toString(), "--data", tmp.resolve("data").toString(),
                "--port", Integer.toString(port));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("crampcare: ").contains("synonyms.yaml $.groups[0][1]").doesNotContain("\tat ");
        assertThat(r.out()).doesNotContain("is ready");
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
