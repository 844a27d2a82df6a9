package org.crampcare.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import org.crampcare.triage.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Choosing the database from the settings, and refusing unusable settings by name. */
class DatabaseConfigTest {
    @Test
    void sqliteInTheDataFolderByDefault() {
        DatabaseConfig c = DatabaseConfig.fromSettings(Map.of(), null, null);
        assertThat(c.vendor()).isEqualTo(Vendor.SQLITE);
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:sqlite:" + Path.of("data", "crampcare.db"));
        assertThat(c.sqliteFile()).isEqualTo(Path.of("data", "crampcare.db"));
        assertThat(DatabaseConfig.fromSettings(Map.of("CRAMPCARE_DATA", "/srv/cc"), null, null).jdbcUrl())
                .isEqualTo("jdbc:sqlite:/srv/cc/crampcare.db");
    }

    @Test
    void blankEnvironmentSettingsCountAsUnset() {
        DatabaseConfig c = DatabaseConfig.fromSettings(Map.of("CRAMPCARE_DATA", " ", "CRAMPCARE_DB_URL", ""), null, null);
        assertThat(c.jdbcUrl()).isEqualTo(DatabaseConfig.fromSettings(Map.of(), null, null).jdbcUrl());
    }

    @Test
    void postgresqlFromTheEnvironmentWithUserAndPassword() {
        DatabaseConfig c = DatabaseConfig.fromSettings(Map.of("CRAMPCARE_DB_URL", "jdbc:postgresql://db:5432/cc",
                "CRAMPCARE_DB_USER", "cc", "CRAMPCARE_DB_PASSWORD", "s3cret"), Path.of("ignored"), null);
        assertThat(c.vendor()).isEqualTo(Vendor.POSTGRESQL);
        assertThat(c.user()).isEqualTo("cc");
        assertThat(c.password()).isEqualTo("s3cret");
        assertThat(c.toString()).doesNotContain("s3cret");
        DatabaseConfig inUrl = DatabaseConfig.of(null, "jdbc:postgresql://db/cc?user=cc&password=s3cret&ssl=true", null, null);
        assertThat(inUrl.toString()).doesNotContain("s3cret").contains("password=***&ssl=true");
    }

    @Test
    void theOptionWinsOverTheEnvironment() {
        DatabaseConfig c = DatabaseConfig.fromSettings(Map.of("CRAMPCARE_DB_URL", "jdbc:postgresql://db/cc"), null,
                "jdbc:sqlite:/tmp/x.db");
        assertThat(c.vendor()).isEqualTo(Vendor.SQLITE);
        assertThat(c.sqliteFile()).isEqualTo(Path.of("/tmp/x.db"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:mysql://db/cc          | --db-url / CRAMPCARE_DB_URL | must start with jdbc:postgresql: or jdbc:sqlite:",
        "postgres://db/cc            | --db-url / CRAMPCARE_DB_URL | must start with jdbc:postgresql: or jdbc:sqlite:",
        "jdbc:postgresql:cc          | --db-url / CRAMPCARE_DB_URL | jdbc:postgresql://HOST",
        "jdbc:sqlite:                | --db-url / CRAMPCARE_DB_URL | to a file",
        "jdbc:sqlite::memory:        | --db-url / CRAMPCARE_DB_URL | would lose the diary"})
    void unusableUrlsNameTheSetting(String url, String setting, String message) {
        InputException e = catchThrowableOfType(InputException.class, () -> DatabaseConfig.of(Path.of("d"), url, null, null));
        assertThat(e.field()).isEqualTo(setting);
        assertThat(e.reason()).contains(message);
    }

    @Test
    void aUserWithSqliteIsAMistake() {
        InputException e = catchThrowableOfType(InputException.class,
                () -> DatabaseConfig.of(null, "jdbc:sqlite:/tmp/x.db", "cc", null));
        assertThat(e.field()).isEqualTo("CRAMPCARE_DB_USER");
    }
}
