package org.crampcare.diary;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading nullable numbers and 0/1 flags the same way from SQLite and PostgreSQL result sets. */
final class Columns {
    private Columns() {
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Boolean flag(ResultSet rs, String column) throws SQLException {
        Integer v = integer(rs, column);
        return v == null ? null : v == 1;
    }

    /** A flag as stored: 1, 0 or null (INTEGER on both databases, so the same SQL binds it). */
    static Integer flag(Boolean b) {
        return b == null ? null : b ? 1 : 0;
    }
}
