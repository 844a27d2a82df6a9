package org.crampcare.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Flyway's history table with plain JDBC to tell whether the schema is exactly current.
 *
 * <p>Loading and running Flyway takes a noticeable part of start-up even when there is nothing to
 * do. The schema counts as current only when the history lists every shipped migration, each
 * applied successfully with the same checksum, and nothing else; in every other case (a new
 * database, a pending or failed migration, an edited script, an unknown row) Flyway runs as before
 * and gives its own answer or error.
 */
final class SchemaHistory {
    /** Flyway's default history table. */
    static final String TABLE = "flyway_schema_history";

    private SchemaHistory() {
    }

    /** Whether the history table lists exactly the shipped migrations, all applied successfully. */
    static boolean isCurrent(Connection c, Set<Migration> shipped) throws SQLException {
        if (!hasTable(c)) {
            return false;
        }
        List<Migration> applied = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, description, type, script, checksum, success FROM "
                     + TABLE)) {
            while (rs.next()) {
                Object checksum = rs.getObject("checksum");
                boolean appliedSql = "SQL".equals(rs.getString("type")) && checksum instanceof Number
                        && rs.getBoolean("success");
                if (!appliedSql) {
                    return false;
                }
                applied.add(new Migration(rs.getString("version"), rs.getString("description"), rs.getString("script"),
                        ((Number) checksum).intValue()));
            }
        }
        return applied.size() == shipped.size() && new HashSet<>(applied).equals(shipped);
    }

    /**
     * The highest version the history lists as applied successfully, or empty for a new database.
     * A newer CrampCare may have applied migrations this build does not know.
     */
    static Optional<String> newestApplied(Connection c) throws SQLException {
        if (!hasTable(c)) {
            return Optional.empty();
        }
        String newest = null;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM " + TABLE)) {
            while (rs.next()) {
                String version = rs.getString("version");
                if (version != null && rs.getBoolean("success") && (newest == null || compare(version, newest) > 0)) {
                    newest = version;
                }
            }
        }
        return Optional.ofNullable(newest);
    }

    /** Compares Flyway versions such as {@code 2} and {@code 1.10} part by part, as numbers. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(part(x, i), part(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static long part(String[] parts, int i) {
        try {
            return i < parts.length ? Long.parseLong(parts[i]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether the history table exists in the connection's current schema. */
    private static boolean hasTable(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String escape = meta.getSearchStringEscape();
        String pattern = escape == null || escape.isEmpty() ? TABLE : TABLE.replace("_", escape + "_");
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), pattern, new String[] {"TABLE"})) {
            while (rs.next()) {
                if (TABLE.equals(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
