package org.crampcare.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Restores a backup written by {@link Backup} into a database of either vendor.
 *
 * <p>{@link #verify} reads the whole file first and refuses a damaged, truncated or altered one before
 * anything is opened or written. {@link #into} then writes every row in one transaction, checks the
 * checksum once more as it reads, and rolls everything back on any problem, so a restore is all or
 * nothing. The target must hold no data unless {@code replace} is given, in which case its rows are
 * deleted in that same transaction.
 *
 * <p>The rows a server makes for itself ({@link #SERVER_MADE}: its secret keys and throttle counters) are
 * not data: a database a server has started on once is still empty. They are always replaced by the
 * backup's, since the password hashes in the backup can only be checked with the backup's own pepper.
 */
public final class Restore {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tables a server fills by itself, without anyone's data: never a reason to refuse, always replaced. */
    static final Set<String> SERVER_MADE = Set.of("server_key", "throttle");

    private Restore() {
    }

    /** What a verified backup holds: its schema version and the rows per table. */
    public record Contents(String schema, String vendor, String createdAt, Map<String, Long> rows) {
        /** Rows in all tables. */
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Reads the whole backup and checks its structure and checksum; writes nothing. */
    public static Contents verify(Path file) {
        return read(file, null);
    }

    /**
     * Restores the backup into the open database in one transaction.
     *
     * @param replace delete the database's rows first; without it a database holding any row is refused
     */
    public static Contents into(Database db, Path file, boolean replace) {
        Contents checked = verify(file);
        String known = Database.schemaVersion(db.vendor());
        if (SchemaHistory.compare(checked.schema(), known) > 0) {
            throw new BackupException("the backup has schema version " + checked.schema() + ", newer than this build of"
                    + " CrampCare knows (up to " + known + "): restore it with that newer version");
        }
        try {
            return db.jdbi().<Contents, SQLException>inTransaction(h -> {
                Connection c = h.getConnection();
                List<String> tables = Tables.inDependencyOrder(c);
                emptyOrReplace(c, tables, replace);
                Contents restored = read(file, new RowWriter(c, tables));
                if (db.vendor() == Vendor.POSTGRESQL) {
                    advanceIdentities(c, tables);
                }
                return restored;
            });
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot restore into the database: " + e.getMessage(), e);
        }
    }

    private static void emptyOrReplace(Connection c, List<String> tables, boolean replace) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                if (replace || SERVER_MADE.contains(table)) {
                    continue;
                }
                try (var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        throw new BackupException("the target database is not empty (table " + table + " has rows):"
                                + " restore into an empty database, or add --replace to delete its data first");
                    }
                }
            }
            for (int i = tables.size() - 1; i >= 0; i--) {
                if (replace || SERVER_MADE.contains(tables.get(i))) {
                    s.executeUpdate("DELETE FROM " + tables.get(i));
                }
            }
        }
    }

    /** Moves PostgreSQL's identity counters past the restored ids, so new rows never collide with them. */
    private static void advanceIdentities(Connection c, List<String> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                if (Tables.columns(c, table).contains("id")) {
                    s.execute("SELECT setval(seq, coalesce((SELECT max(id) FROM " + table + "), 0) + 1, false)"
                            + " FROM (SELECT pg_get_serial_sequence('" + table + "', 'id') AS seq) q WHERE seq IS NOT NULL");
                }
            }
        }
    }

    /** One pass over the file: checks everything, and hands each row to {@code rows} when given. */
    private static Contents read(Path file, RowWriter rows) {
        try (InputStream in = Files.newInputStream(file); BackupFile.Reader r = new BackupFile.Reader(in)) {
            JsonNode header = header(r.next());
            Map<String, Long> counts = new LinkedHashMap<>();
            String line;
            while ((line = r.next()) != null) {
                JsonNode node = parse(line, r.lineNumber());
                if (node.has(BackupFile.CHECKSUM_KEY)) {
                    String expected = node.get(BackupFile.CHECKSUM_KEY).asText();
                    if (!expected.equals(r.checksumSoFar())) {
                        throw new BackupException("the backup's checksum does not match its contents: the file was"
                                + " altered or damaged; nothing was restored");
                    }
                    if (r.next() != null) {
                        throw new BackupException("the backup has data after its checksum line; nothing was restored");
                    }
                    return new Contents(header.get("schema").asText(), header.path("vendor").asText(),
                            header.path("created_at").asText(), counts);
                }
                String table = node.path("table").asText(null);
                if (table == null || !node.path("columns").isArray()) {
                    throw new BackupException("line " + r.lineNumber() + " of the backup should start a table");
                }
                counts.put(table, table(r, table, columns(node), rows));
            }
            throw new BackupException("the backup file is cut short (it has no checksum line); nothing was restored");
        } catch (NoSuchFileException e) {
            throw new BackupException("no backup file at " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the backup " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot write the restored rows: " + e.getMessage(), e);
        }
    }

    private static long table(BackupFile.Reader r, String table, List<String> columns, RowWriter rows)
            throws SQLException {
        if (rows != null) {
            rows.start(table, columns);
        }
        long count = 0;
        String line;
        while ((line = r.next()) != null) {
            JsonNode node = parse(line, r.lineNumber());
            if (node.isObject()) {
                if (!table.equals(node.path("end").asText(null)) || node.path("rows").asLong(-1) != count) {
                    throw new BackupException("table " + table + " ends at line " + r.lineNumber()
                            + " with a row count that does not match: the file is damaged");
                }
                if (rows != null) {
                    rows.finish();
                }
                return count;
            }
            if (!node.isArray() || node.size() != columns.size()) {
                throw new BackupException("line " + r.lineNumber() + " should be a row of " + table + " with "
                        + columns.size() + " values");
            }
            if (rows != null) {
                rows.add(node);
            }
            count++;
        }
        throw new BackupException("the backup file is cut short inside table " + table + "; nothing was restored");
    }

    private static JsonNode header(String line) {
        if (line == null) {
            throw new BackupException("the backup file is empty");
        }
        JsonNode h = parse(line, 1);
        if (!BackupFile.FORMAT.equals(h.path("format").asText()) || !h.path("schema").isTextual()) {
            throw new BackupException("this is not a CrampCare backup (its first line has no crampcare-backup header)");
        }
        if (h.path("version").asInt() != BackupFile.VERSION) {
            throw new BackupException("backup format version " + h.path("version").asText() + " is not known to this"
                    + " build (it reads version " + BackupFile.VERSION + ")");
        }
        return h;
    }

    private static List<String> columns(JsonNode node) {
        List<String> columns = new ArrayList<>();
        node.get("columns").forEach(c -> columns.add(c.asText()));
        return columns;
    }

    private static JsonNode parse(String line, long number) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BackupException("line " + number + " of the backup is not valid JSON: the file is damaged", e);
        }
    }
}
