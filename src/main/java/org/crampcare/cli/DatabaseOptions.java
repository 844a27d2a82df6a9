package org.crampcare.cli;

import java.nio.file.Path;
import org.crampcare.storage.DatabaseConfig;
import picocli.CommandLine.Option;

/**
 * The shared database options: {@code --data DIR} for SQLite, {@code --db-url URL} for PostgreSQL.
 *
 * <p>Without options the environment decides ({@code CRAMPCARE_DB_URL}, {@code CRAMPCARE_DATA},
 * {@code CRAMPCARE_DB_USER}, {@code CRAMPCARE_DB_PASSWORD}), then {@code ./data}.
 */
final class DatabaseOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder holding the SQLite database (default: $CRAMPCARE_DATA or ./data).")
    Path data;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "JDBC URL of a PostgreSQL database, e.g. jdbc:postgresql://db:5432/crampcare"
                    + " (default: $CRAMPCARE_DB_URL; user and password from CRAMPCARE_DB_USER and CRAMPCARE_DB_PASSWORD).")
    String dbUrl;

    DatabaseConfig config() {
        return DatabaseConfig.fromSettings(System.getenv(), data, dbUrl);
    }
}
