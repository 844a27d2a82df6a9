package org.crampcare.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.crampcare.account.TestAccounts;
import org.crampcare.storage.Database;
import org.crampcare.storage.DatabaseConfig;
import org.crampcare.storage.IntegrityReport;
import org.crampcare.storage.TestDatabases;
import org.crampcare.storage.Vendor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kills a writing process with SIGKILL and checks that every write it acknowledged is there after
 * reopening the database (a new pool, as a restarted server would), and that the database passes its
 * integrity check ({@code PRAGMA integrity_check} and foreign keys on SQLite, no orphan rows on both).
 * Three rounds per vendor. For PostgreSQL the killed process is the client (the app server); the
 * database server itself keeps running.
 */
class CrashTest {
    static final int ROUNDS = 3;
    static final int KILL_AFTER_ACKS = 200;

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void everyAcknowledgedWriteSurvivesSigkill(Vendor vendor) throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            DatabaseConfig config = vendor == Vendor.SQLITE ? TestDatabases.newSqlite() : TestDatabases.config(vendor);
            long person;
            if (vendor == Vendor.SQLITE) {
                try (Database db = Database.open(config)) {
                    person = TestAccounts.newPerson(db, Clock.systemUTC(), "crash@example.org");
                }
            } else {
                person = TestAccounts.newPerson(TestDatabases.fresh(vendor), Clock.systemUTC(), "crash@example.org");
            }
            Set<Long> acked = runAndKill(config, person);

            Set<Long> found;
            IntegrityReport integrity;
            try (Database reopened = Database.open(config)) {
                found = ids(reopened, person);
                integrity = reopened.checkIntegrity();
            }
            System.out.printf("crash test %s round %d: %d writes acknowledged, %d rows found, all acknowledged present: %s,"
                    + " integrity: %s%n", vendor, round, acked.size(), found.size(), found.containsAll(acked),
                    integrity.ok() ? "ok" : integrity.problems());
            assertThat(acked).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKS);
            assertThat(found).containsAll(acked);
            assertThat(found.size()).as("at most the one write in flight is extra").isLessThanOrEqualTo(acked.size() + 1);
            assertThat(integrity.problems()).isEmpty();
        }
    }

    /** Starts the writer, kills it with SIGKILL after enough acknowledgements, returns every id it acknowledged. */
    private static Set<Long> runAndKill(DatabaseConfig config, long person) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("crash-writer", ".err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                config.jdbcUrl(), config.user() == null ? "-" : config.user(), Long.toString(person))
                .redirectError(errors.toFile()).start();
        Set<Long> acked = new HashSet<>();
        List<String> other = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acked.add(Long.parseLong(line.substring(4)));
                    if (acked.size() == KILL_AFTER_ACKS) {
                        // SIGKILL through the handle: Process.destroyForcibly would also close our end of the
                        // pipe, losing acknowledgements the child printed just before it died.
                        child.toHandle().destroyForcibly();
                    }
                } else if (!line.equals("READY")) {
                    other.add(line);
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(child.exitValue()).as("killed by SIGKILL (137); stderr: %s", Files.readString(errors)).isEqualTo(137);
        Files.deleteIfExists(errors);
        return acked;
    }

    private static Set<Long> ids(Database db, long person) {
        return new HashSet<>(db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM cramp WHERE person_id = :p")
                .bind("p", person).mapTo(Long.class).list()));
    }
}
