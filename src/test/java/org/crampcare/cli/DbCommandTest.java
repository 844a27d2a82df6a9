package org.crampcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.crampcare.storage.DatabaseConfig;
import org.crampcare.storage.TestDatabases;
import org.crampcare.storage.Vendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crampcare db migrate} and {@code db check} on SQLite and PostgreSQL, and their errors. */
class DbCommandTest {
    @TempDir
    Path tmp;

    @Test
    void migrateCreatesTheSchemaOnceAndCheckPasses() {
        CliTest.Run first = CliTest.run("db", "migrate", "--data", tmp.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("SQLITE", "applied just now: 3");
        assertThat(tmp.resolve(DatabaseConfig.SQLITE_FILE)).exists();
        assertThat(CliTest.run("db", "migrate", "--data", tmp.toString()).out()).contains("applied just now: 0");
        CliTest.Run check = CliTest.run("db", "check", "--data", tmp.toString());
        assertThat(check.code()).isZero();
        assertThat(check.out()).contains("SQLITE: ok");
    }

    @Test
    void checkFindsRowsOfPeopleWhoDoNotExist() throws Exception {
        assertThat(CliTest.run("db", "migrate", "--data", tmp.toString()).code()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve(DatabaseConfig.SQLITE_FILE));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute("INSERT INTO checkin (person_id, local_date, updated_at) VALUES (42, '2026-01-01', 1)");
        }
        CliTest.Run check = CliTest.run("db", "check", "--data", tmp.toString());
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out()).contains("break a foreign key", "checkin: 1 rows of a person who does not exist");
    }

    @Test
    void aSchemaFromANewerBuildIsRefusedWithAClearMessage() throws Exception {
        assertThat(CliTest.run("db", "migrate", "--data", tmp.toString()).code()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve(DatabaseConfig.SQLITE_FILE));
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (99, '99', 'later', 'SQL', 'V99__later.sql', 1, 'x',"
                    + " 1, 1)");
        }
        for (String command : new String[] {"migrate", "check"}) {
            CliTest.Run r = CliTest.run("db", command, "--data", tmp.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("schema is at version 99, newer than this build of CrampCare knows")
                    .doesNotContain("\tat ");
        }
        CliTest.Run serve = CliTest.run("serve", "--port", Integer.toString(org.crampcare.FreePorts.any()), "--data", tmp.toString());
        assertThat(serve.code()).isEqualTo(1);
        assertThat(serve.err()).contains("schema is at version 99");
    }

    @Test
    void backupAndRestoreFromTheCommandLine() throws Exception {
        Path source = tmp.resolve("source");
        assertThat(CliTest.run("db", "migrate", "--data", source.toString()).code()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.resolve(DatabaseConfig.SQLITE_FILE));
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO person (email, password_hash, created_at, password_changed_at) VALUES ('a@example.org', 'x', 1, 1)");
        }
        Path file = tmp.resolve("clinic.ccbackup");
        CliTest.Run backup = CliTest.run("db", "backup", "--to", file.toString(), "--data", source.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backed up 1 rows", "sha256 ");

        Path target = tmp.resolve("target");
        CliTest.Run restore = CliTest.run("db", "restore", "--from", file.toString(), "--data", target.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored 1 rows");
        CliTest.Run again = CliTest.run("db", "restore", "--from", file.toString(), "--data", target.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("not empty", "--replace");
        assertThat(CliTest.run("db", "restore", "--from", file.toString(), "--data", target.toString(), "--replace")
                .code()).isZero();

        java.nio.file.Files.write(file, java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(file), 40));
        Path untouched = tmp.resolve("untouched");
        CliTest.Run cut = CliTest.run("db", "restore", "--from", file.toString(), "--data", untouched.toString());
        assertThat(cut.code()).isEqualTo(2);
        assertThat(cut.err()).startsWith("crampcare: the backup file").doesNotContain("\tat ");
        assertThat(untouched).as("nothing is created for a refused backup").doesNotExist();
    }

    @Test
    void worksOnPostgresql() {
        String url = TestDatabases.config(Vendor.POSTGRESQL).jdbcUrl();
        TestDatabases.fresh(Vendor.POSTGRESQL);
        assertThat(CliTest.run("db", "migrate", "--db-url", url).out()).contains("POSTGRESQL", "applied just now: 0");
        CliTest.Run check = CliTest.run("db", "check", "--db-url", url);
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("POSTGRESQL: ok");
    }

    @Test
    void aBadUrlNamesTheSetting() {
        CliTest.Run r = CliTest.run("db", "check", "--db-url", "jdbc:mysql://db/crampcare");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--db-url / CRAMPCARE_DB_URL: must start with jdbc:postgresql: or jdbc:sqlite:");
    }

    @Test
    void anUnreachableServerIsOneClearLine() {
        CliTest.Run r = CliTest.run("db", "check", "--db-url", "jdbc:postgresql://127.0.0.1:1/crampcare");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("crampcare: cannot open the database jdbc:postgresql://127.0.0.1:1/crampcare")
                .doesNotContain("\tat ");
    }
}
