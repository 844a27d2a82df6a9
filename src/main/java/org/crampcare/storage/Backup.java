package org.crampcare.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes a backup: a consistent snapshot of every data table, written in a format neither vendor owns.
 *
 * <p>The file (see {@link BackupFile}) starts with a header line
 * {@code {"format":"crampcare-backup","version":1,"schema":"3","vendor":"SQLITE","created_at":...}};
 * then, per table, parents first, a line {@code {"table":"cramp","columns":[...]}}, one JSON array
 * per row, and {@code {"end":"cramp","rows":N}}; then the checksum line. Values are numbers,
 * strings, booleans, null, or {@code {"base64":...}} for bytes, so a backup of SQLite restores into
 * PostgreSQL and back. All tables are read in one read-only transaction that sees a single snapshot
 * (SQLite's write-ahead log, PostgreSQL's REPEATABLE READ), so the server keeps serving and writing
 * while the backup runs and the file still holds one moment's data. It is written to a temporary
 * file beside the target and moved into place only when complete.
 */
public final class Backup {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Backup() {
    }

    /** What a backup holds. */
    public record Summary(String schema, Map<String, Long> rows, String sha256) {
        /** Rows in all tables. */
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Backs the database up into {@code file} (replaced if it exists), readable by its owner only: it
     * holds every diary, the password hashes and the server keys.
     */
    public static Summary write(Database db, Path file, Clock clock) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Summary summary;
            Files.deleteIfExists(partial);
            PrivateFiles.createFile(partial);
            try (OutputStream out = Files.newOutputStream(partial)) {
                summary = write(db, out, clock);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                System.err.println("crampcare: could not remove " + partial + ": " + e.getMessage());
            }
        }
    }

    /** Writes the backup to a stream (left open). */
    static Summary write(Database db, OutputStream stream, Clock clock) throws IOException {
        String schema = Database.schemaVersion(db.vendor());
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = db.snapshot(); BackupFile.Writer out = new BackupFile.Writer(stream)) {
            List<String> tables = Tables.inDependencyOrder(c);
            ObjectNode header = JSON.createObjectNode().put("format", BackupFile.FORMAT).put("version", BackupFile.VERSION)
                    .put("schema", schema).put("vendor", db.vendor().name()).put("created_at", clock.instant().toString());
            tables.forEach(header.putArray("tables")::add);
            out.line(JSON.writeValueAsString(header));
            for (String table : tables) {
                rows.put(table, table(c, table, out));
            }
            String sum = out.finish();
            c.rollback();
            return new Summary(schema, rows, sum);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot read the database for the backup: " + e.getMessage(), e);
        }
    }

    private static long table(Connection c, String table, BackupFile.Writer out) throws SQLException, IOException {
        List<String> columns = Tables.columns(c, table);
        ObjectNode start = JSON.createObjectNode().put("table", table);
        columns.forEach(start.putArray("columns")::add);
        out.line(JSON.writeValueAsString(start));
        long count = 0;
        String order = columns.contains("id") ? " ORDER BY id" : "";
        try (Statement s = c.createStatement()) {
            s.setFetchSize(500);
            try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table + order)) {
                while (rs.next()) {
                    ArrayNode row = JSON.createArrayNode();
                    for (int i = 1; i <= columns.size(); i++) {
                        value(row, rs.getObject(i), table, columns.get(i - 1));
                    }
                    out.line(JSON.writeValueAsString(row));
                    count++;
                }
            }
        }
        out.line(JSON.writeValueAsString(JSON.createObjectNode().put("end", table).put("rows", count)));
        return count;
    }

    private static void value(ArrayNode row, Object v, String table, String column) {
        if (v == null) {
            row.addNull();
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            row.add(((Number) v).longValue());
        } else if (v instanceof String s) {
            row.add(s);
        } else if (v instanceof Boolean b) {
            row.add(b);
        } else if (v instanceof byte[] bytes) {
            row.addObject().put("base64", Base64.getEncoder().encodeToString(bytes));
        } else {
            throw new IllegalStateException("cannot back up " + table + "." + column + ": values of type "
                    + v.getClass().getName() + " are not supported");
        }
    }
}
