package org.crampcare.diary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crampcare.account.TestAccounts;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.storage.Database;
import org.crampcare.storage.MutableClock;
import org.crampcare.storage.TestDatabases;
import org.crampcare.storage.Vendor;

/** A fresh database with two people and a diary service on a hand-moved clock. */
final class DiaryFixture {
    static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.builtIn();
    static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");

    final MutableClock clock = new MutableClock(NOW);
    final Database db;
    final DiaryService diary;
    final long ana;
    final long bo;

    DiaryFixture(Vendor vendor) {
        db = TestDatabases.fresh(vendor);
        diary = DiaryService.create(db, KNOWLEDGE, clock);
        ana = TestAccounts.newPerson(db, clock, "ana@example.org");
        bo = TestAccounts.newPerson(db, clock, "bo@example.org");
    }

    /** A cramp with every field filled. */
    static CrampInput full(Instant when) {
        return new CrampInput(when, "Europe/Berlin", List.of("calf", "foot"), "left", 120, 7,
                List.of("asleep", "in_heat"), Map.of("stretch", 3, "heat", 1), "woke me at 3, \"sharp\"\nthen eased");
    }

    /** A cramp in one muscle at a time, with nothing else. */
    static CrampInput at(Instant when, String muscle) {
        return new CrampInput(when, "UTC", List.of(muscle), null, null, null, null, null, null);
    }

    /** A check-in with every answer given. */
    static CheckInInput fullCheckIn(java.time.LocalDate day) {
        return new CheckInInput(day, "hard", 90, 6, true, false, true, 2, 1, "side", false, "long hike, hot day");
    }
}
