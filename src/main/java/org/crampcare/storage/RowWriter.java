package org.crampcare.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Inserts the rows of a backup, table by table, in batches, converting each value to its column's
 * type in the target database (a SQLite 0/1 into a PostgreSQL boolean and back).
 */
final class RowWriter {
    private static final int BATCH = 500;
    private final Connection c;
    private final List<String> targetTables;
    private PreparedStatement insert;
    private int[] types;
    private int pending;

    RowWriter(Connection c, List<String> targetTables) {
        this.c = c;
        this.targetTables = targetTables;
    }

    void start(String table, List<String> columns) throws SQLException {
        if (!targetTables.contains(table)) {
            throw new BackupException("the backup has a table " + table + " that this database does not have");
        }
        List<String> known = Tables.columns(c, table);
        for (String column : columns) {
            if (!known.contains(column)) {
                throw new BackupException("the backup has a column " + table + "." + column
                        + " that this database does not have");
            }
        }
        String cols = String.join(", ", columns);
        types = new int[columns.size()];
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT " + cols + " FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 0; i < types.length; i++) {
                types[i] = md.getColumnType(i + 1);
            }
        }
        insert = c.prepareStatement("INSERT INTO " + table + " (" + cols + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")");
        pending = 0;
    }

    void add(JsonNode row) throws SQLException {
        for (int i = 0; i < types.length; i++) {
            bind(i + 1, row.get(i), types[i]);
        }
        insert.addBatch();
        if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
        }
    }

    void finish() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
        }
        insert.close();
    }

    private void bind(int index, JsonNode v, int type) throws SQLException {
        boolean bool = type == Types.BOOLEAN || type == Types.BIT;
        if (v.isNull()) {
            insert.setNull(index, type);
        } else if (v.isBoolean()) {
            if (bool) {
                insert.setBoolean(index, v.booleanValue());
            } else {
                insert.setLong(index, v.booleanValue() ? 1 : 0);
            }
        } else if (v.isIntegralNumber()) {
            if (bool) {
                insert.setBoolean(index, v.longValue() != 0);
            } else {
                insert.setLong(index, v.longValue());
            }
        } else if (v.isTextual()) {
            insert.setString(index, v.textValue());
        } else if (v.isObject() && v.path("base64").isTextual()) {
            insert.setBytes(index, Base64.getDecoder().decode(v.get("base64").textValue()));
        } else {
            throw new BackupException("a value of the backup has an unknown form: " + v.getNodeType());
        }
    }
}
