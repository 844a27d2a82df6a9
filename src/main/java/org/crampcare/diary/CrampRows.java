package org.crampcare.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The SQL for cramp rows. Every statement carries {@code person_id = :p}, so no id a person sends
 * can reach another person's rows: ownership is enforced by the database query itself.
 */
final class CrampRows {
    private static final String SELECT = "SELECT id, occurred_at, zone, muscles, side, duration_seconds, pain,"
            + " activities, relief, note, created_at, updated_at FROM cramp WHERE person_id = :p";

    private CrampRows() {
    }

    static long insert(Handle h, long personId, ValidCramp c, long now) {
        return bind(h.createQuery("INSERT INTO cramp (person_id, occurred_at, zone, local_date, local_minute, muscles,"
                        + " side, duration_seconds, pain, activities, relief, note, created_at, updated_at)"
                        + " VALUES (:p, :at, :zone, :date, :minute, :muscles, :side, :duration, :pain, :activities,"
                        + " :relief, :note, :now, :now) RETURNING id"), personId, c, now)
                .mapTo(Long.class).one();
    }

    static boolean update(Handle h, long personId, long id, ValidCramp c, long now) {
        return bind(h.createUpdate("UPDATE cramp SET occurred_at = :at, zone = :zone, local_date = :date,"
                        + " local_minute = :minute, muscles = :muscles, side = :side, duration_seconds = :duration,"
                        + " pain = :pain, activities = :activities, relief = :relief, note = :note, updated_at = :now"
                        + " WHERE id = :id AND person_id = :p"), personId, c, now)
                .bind("id", id).execute() > 0;
    }

    static Optional<CrampEntry> find(Handle h, long personId, long id) {
        return h.createQuery(SELECT + " AND id = :id").bind("p", personId).bind("id", id)
                .map((rs, ctx) -> entry(rs)).findOne();
    }

    static List<CrampEntry> list(Handle h, long personId, CrampFilter f) {
        StringBuilder sql = new StringBuilder(SELECT);
        if (f.from() != null) {
            sql.append(" AND local_date >= :from");
        }
        if (f.to() != null) {
            sql.append(" AND local_date <= :to");
        }
        if (f.muscle() != null) {
            sql.append(" AND muscles LIKE :muscle");
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC");
        var q = h.createQuery(sql.toString()).bind("p", personId);
        if (f.from() != null) {
            q.bind("from", f.from().toString());
        }
        if (f.to() != null) {
            q.bind("to", f.to().toString());
        }
        if (f.muscle() != null) {
            q.bind("muscle", ListColumn.containing(f.muscle()));
        }
        return q.map((rs, ctx) -> entry(rs)).list();
    }

    static boolean delete(Handle h, long personId, long id) {
        return h.createUpdate("DELETE FROM cramp WHERE id = :id AND person_id = :p")
                .bind("id", id).bind("p", personId).execute() > 0;
    }

    private static <S extends SqlStatement<S>> S bind(S s, long personId, ValidCramp c, long now) {
        return s.bind("p", personId).bind("at", c.occurredAt()).bind("zone", c.zone()).bind("date", c.localDate())
                .bind("minute", c.localMinute()).bind("muscles", ListColumn.encode(c.muscles()))
                .bind("side", c.side() == null ? null : c.side().value()).bind("duration", c.durationSeconds())
                .bind("pain", c.pain()).bind("activities", ListColumn.encode(c.activities()))
                .bind("relief", ListColumn.encode(c.relief())).bind("note", c.note()).bind("now", now);
    }

    static CrampEntry entry(ResultSet rs) throws SQLException {
        String side = rs.getString("side");
        return new CrampEntry(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("occurred_at")),
                ZoneId.of(rs.getString("zone")), ListColumn.decode(Muscle.class, rs.getString("muscles")),
                side == null ? null : Word.parse(Side.class, "side", side), Columns.integer(rs, "duration_seconds"),
                Columns.integer(rs, "pain"), ListColumn.decode(Activity.class, rs.getString("activities")),
                ListColumn.decodeRelief(rs.getString("relief")), rs.getString("note"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
