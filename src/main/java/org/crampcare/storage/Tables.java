package org.crampcare.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The data tables of a database as JDBC's metadata lists them, parents before the tables that point
 * at them.
 *
 * <p>Read from the database rather than from a fixed list, so that a backup holds every table a
 * migration adds without anyone remembering to list it. Flyway's history and SQLite's internal
 * tables are not data.
 */
final class Tables {
    private Tables() {
    }

    /** Every data table, each after the tables its foreign keys point at. */
    static List<String> inDependencyOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(SchemaHistory.TABLE) && !name.startsWith("sqlite_")) {
                    names.add(name);
                }
            }
        }
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String table : names) {
            Set<String> p = new TreeSet<>();
            try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), c.getSchema(), table)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table) && names.contains(parent)) {
                        p.add(parent);
                    }
                }
            }
            parents.put(table, p);
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String table : names) {
            visit(table, parents, ordered, new LinkedHashSet<>());
        }
        return new ArrayList<>(ordered);
    }

    private static void visit(String table, Map<String, Set<String>> parents, Set<String> ordered, Set<String> path) {
        if (ordered.contains(table)) {
            return;
        }
        if (!path.add(table)) {
            throw new IllegalStateException("the foreign keys of these tables form a cycle: " + path);
        }
        for (String parent : parents.get(table)) {
            visit(parent, parents, ordered, path);
        }
        path.remove(table);
        ordered.add(table);
    }

    /** The columns of a table in their declared order. */
    static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            var md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }
}
