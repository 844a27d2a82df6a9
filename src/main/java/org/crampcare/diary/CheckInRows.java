package org.crampcare.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL for check-in rows; like {@link CrampRows}, every statement is limited to one person. */
final class CheckInRows {
    private static final String SELECT = "SELECT id, local_date, exercise, heat_minutes, fluid_glasses, long_sitting,"
            + " long_standing, tight_shoes, caffeine_drinks, alcohol_drinks, sleep_position, medicine_changed, note,"
            + " updated_at FROM checkin WHERE person_id = :p";

    private CheckInRows() {
    }

    /** Inserts the day's check-in or replaces it (one per person and day); returns its id. */
    static long upsert(Handle h, long personId, ValidCheckIn c, long now) {
        return h.createQuery("INSERT INTO checkin (person_id, local_date, exercise, heat_minutes, fluid_glasses,"
                        + " long_sitting, long_standing, tight_shoes, caffeine_drinks, alcohol_drinks, sleep_position,"
                        + " medicine_changed, note, updated_at) VALUES (:p, :date, :exercise, :heat, :fluid, :sitting,"
                        + " :standing, :shoes, :caffeine, :alcohol, :sleep, :medicine, :note, :now)"
                        + " ON CONFLICT (person_id, local_date) DO UPDATE SET exercise = excluded.exercise,"
                        + " heat_minutes = excluded.heat_minutes, fluid_glasses = excluded.fluid_glasses,"
                        + " long_sitting = excluded.long_sitting, long_standing = excluded.long_standing,"
                        + " tight_shoes = excluded.tight_shoes, caffeine_drinks = excluded.caffeine_drinks,"
                        + " alcohol_drinks = excluded.alcohol_drinks, sleep_position = excluded.sleep_position,"
                        + " medicine_changed = excluded.medicine_changed, note = excluded.note,"
                        + " updated_at = excluded.updated_at RETURNING id")
                .bind("p", personId).bind("date", c.date().toString())
                .bind("exercise", c.exercise() == null ? null : c.exercise().value())
                .bind("heat", c.heatMinutes()).bind("fluid", c.fluidGlasses())
                .bind("sitting", Columns.flag(c.longSitting())).bind("standing", Columns.flag(c.longStanding()))
                .bind("shoes", Columns.flag(c.tightShoes())).bind("caffeine", c.caffeineDrinks())
                .bind("alcohol", c.alcoholDrinks())
                .bind("sleep", c.sleepPosition() == null ? null : c.sleepPosition().value())
                .bind("medicine", Columns.flag(c.medicineChanged())).bind("note", c.note()).bind("now", now)
                .mapTo(Long.class).one();
    }

    static Optional<CheckIn> find(Handle h, long personId, LocalDate date) {
        return h.createQuery(SELECT + " AND local_date = :date").bind("p", personId).bind("date", date.toString())
                .map((rs, ctx) -> checkIn(rs)).findOne();
    }

    /** Check-ins from and to (inclusive, null for open), oldest first. */
    static List<CheckIn> list(Handle h, long personId, LocalDate from, LocalDate to) {
        return h.createQuery(SELECT + " AND local_date >= :from AND local_date <= :to ORDER BY local_date")
                .bind("p", personId).bind("from", from == null ? "0000" : from.toString())
                .bind("to", to == null ? "9999" : to.toString())
                .map((rs, ctx) -> checkIn(rs)).list();
    }

    static boolean delete(Handle h, long personId, LocalDate date) {
        return h.createUpdate("DELETE FROM checkin WHERE person_id = :p AND local_date = :date")
                .bind("p", personId).bind("date", date.toString()).execute() > 0;
    }

    private static CheckIn checkIn(ResultSet rs) throws SQLException {
        String exercise = rs.getString("exercise");
        String sleep = rs.getString("sleep_position");
        return new CheckIn(rs.getLong("id"), LocalDate.parse(rs.getString("local_date")),
                exercise == null ? null : Word.parse(Exercise.class, "exercise", exercise),
                Columns.integer(rs, "heat_minutes"), Columns.integer(rs, "fluid_glasses"),
                Columns.flag(rs, "long_sitting"), Columns.flag(rs, "long_standing"), Columns.flag(rs, "tight_shoes"),
                Columns.integer(rs, "caffeine_drinks"), Columns.integer(rs, "alcohol_drinks"),
                sleep == null ? null : Word.parse(SleepPosition.class, "sleep_position", sleep),
                Columns.flag(rs, "medicine_changed"), rs.getString("note"),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
