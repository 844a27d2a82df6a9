package org.crampcare.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Opening, migrating and checking both databases. */
class DatabaseTest {
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void migrationsRunOnceAndTheDataChecksOut(Vendor vendor) {
        Database db = TestDatabases.fresh(vendor);
        assertThat(db.migrate()).isZero();
        assertThat(db.checkIntegrity().ok()).isTrue();
        for (String table : Database.TABLES) {
            assertThat(TestDatabases.count(db, table)).as(table).isZero();
        }
    }

    @Test
    void sqliteIsSetUpToKeepAcknowledgedWrites() {
        Database db = TestDatabases.fresh(Vendor.SQLITE);
        db.jdbi().useHandle(h -> {
            assertThat(h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualToIgnoringCase("wal");
            assertThat(h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one()).as("FULL").isEqualTo(2);
            assertThat(h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
            assertThat(h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one())
                    .isEqualTo(Database.SQLITE_BUSY_TIMEOUT_MS);
        });
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theSameUpsertRunsOnBoth(Vendor vendor) {
        Database db = TestDatabases.fresh(vendor);
        List<Long> ids = db.jdbi().withHandle(h -> {
            h.execute("INSERT INTO person (email, password_hash, created_at, password_changed_at) VALUES ('a@b.org', 'x', 1, 1)");
            long person = h.createQuery("SELECT id FROM person").mapTo(Long.class).one();
            String sql = "INSERT INTO checkin (person_id, local_date, fluid_glasses, updated_at) VALUES (:p, '2026-01-01', :g, 1)"
                    + " ON CONFLICT (person_id, local_date) DO UPDATE SET fluid_glasses = excluded.fluid_glasses RETURNING id";
            long first = h.createQuery(sql).bind("p", person).bind("g", 3).mapTo(Long.class).one();
            long second = h.createQuery(sql).bind("p", person).bind("g", 5).mapTo(Long.class).one();
            return List.of(first, second);
        });
        assertThat(ids.get(1)).isEqualTo(ids.get(0));
        assertThat(TestDatabases.count(db, "checkin")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theDatabaseRefusesOrphansAndOutOfRangeValues(Vendor vendor) {
        Database db = TestDatabases.fresh(vendor);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                "INSERT INTO checkin (person_id, local_date, updated_at) VALUES (999, '2026-01-01', 1)")))
                .isInstanceOf(RuntimeException.class);
        assertThat(TestDatabases.count(db, "checkin")).isZero();
    }
}
