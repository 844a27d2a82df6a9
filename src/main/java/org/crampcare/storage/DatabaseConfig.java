package org.crampcare.storage;

import java.nio.file.Path;
import java.util.Map;
import org.crampcare.triage.InputException;

/**
 * Where the diary lives: a SQLite file in the data folder, or a PostgreSQL server.
 *
 * <p>Built only through {@link #of}, which checks every setting and names the bad one, so that
 * a mistyped URL stops the app at start instead of at the first sign-in.
 *
 * @param vendor   which database product
 * @param jdbcUrl  the JDBC URL actually used (for SQLite derived from the data folder)
 * @param user     the PostgreSQL user, or null
 * @param password the PostgreSQL password, or null (never printed: see {@link #toString})
 */
public record DatabaseConfig(Vendor vendor, String jdbcUrl, String user, String password) {
    /** The setting names as a person sees them in messages. */
    static final String URL_SETTING = "--db-url / CRAMPCARE_DB_URL";
    static final String DATA_SETTING = "--data / CRAMPCARE_DATA";
    static final String USER_SETTING = "CRAMPCARE_DB_USER";
    /** The file name of the default SQLite database inside the data folder. */
    public static final String SQLITE_FILE = "crampcare.db";

    /**
     * Checks the settings and decides the database.
     *
     * @param dataDir  the data folder (used when {@code dbUrl} is blank)
     * @param dbUrl    {@code --db-url} or {@code CRAMPCARE_DB_URL}; blank means SQLite in the data folder
     * @param user     {@code CRAMPCARE_DB_USER}, may be null
     * @param password {@code CRAMPCARE_DB_PASSWORD}, may be null
     * @throws InputException naming the setting when one is unusable
     */
    public static DatabaseConfig of(Path dataDir, String dbUrl, String user, String password) {
        if (dbUrl == null || dbUrl.isBlank()) {
            if (dataDir == null) {
                throw new InputException(DATA_SETTING, "give a data folder or a database URL");
            }
            return new DatabaseConfig(Vendor.SQLITE, "jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE), null, null);
        }
        String url = dbUrl.strip();
        if (url.startsWith("jdbc:postgresql:")) {
            if (!url.startsWith("jdbc:postgresql://") || url.length() == "jdbc:postgresql://".length()) {
                throw new InputException(URL_SETTING, "expected jdbc:postgresql://HOST[:PORT]/DATABASE");
            }
            return new DatabaseConfig(Vendor.POSTGRESQL, url, blankToNull(user), blankToNull(password));
        }
        if (url.startsWith("jdbc:sqlite:")) {
            if (url.length() == "jdbc:sqlite:".length() || url.contains(":memory:")) {
                throw new InputException(URL_SETTING, "expected jdbc:sqlite:PATH to a file (an in-memory database would lose the diary)");
            }
            if (user != null && !user.isBlank()) {
                throw new InputException(USER_SETTING, "only used with PostgreSQL; remove it for SQLite");
            }
            return new DatabaseConfig(Vendor.SQLITE, url, null, null);
        }
        throw new InputException(URL_SETTING, "must start with jdbc:postgresql: or jdbc:sqlite:");
    }

    /**
     * Reads the database settings from the environment, with an optional command-line URL first.
     *
     * @param env     the environment ({@code System.getenv()} in production)
     * @param dataDir the data folder option, or null to use {@code CRAMPCARE_DATA} or {@code ./data}
     * @param dbUrl   the {@code --db-url} option, or null to use {@code CRAMPCARE_DB_URL}
     */
    public static DatabaseConfig fromSettings(Map<String, String> env, Path dataDir, String dbUrl) {
        String dataSetting = env.get("CRAMPCARE_DATA");
        Path data = dataDir != null ? dataDir
                : Path.of(dataSetting == null || dataSetting.isBlank() ? "data" : dataSetting);
        String urlSetting = env.get("CRAMPCARE_DB_URL");
        String url = dbUrl != null ? dbUrl : urlSetting == null || urlSetting.isBlank() ? null : urlSetting;
        return of(data, url, env.get("CRAMPCARE_DB_USER"), env.get("CRAMPCARE_DB_PASSWORD"));
    }

    /** The SQLite file, or null for PostgreSQL. */
    Path sqliteFile() {
        if (vendor != Vendor.SQLITE) {
            return null;
        }
        String path = jdbcUrl.substring("jdbc:sqlite:".length());
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        int query = path.indexOf('?');
        return Path.of(query < 0 ? path : path.substring(0, query));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The URL with any {@code password=} parameter hidden, for messages and logs. */
    public String redactedUrl() {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** Shows the vendor and URL, never the password. */
    @Override
    public String toString() {
        return "DatabaseConfig[" + vendor + " " + redactedUrl() + (user == null ? "" : " user=" + user) + "]";
    }
}
