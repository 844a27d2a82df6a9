package org.crampcare.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
