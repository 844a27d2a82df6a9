package org.crampcare.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.crampcare.CrampCare;
import org.crampcare.SharedCrampCare;
import org.crampcare.account.AccountService;
import org.crampcare.account.TestAccounts;
import org.crampcare.diary.CheckInInput;
import org.crampcare.diary.CrampInput;
import org.crampcare.diary.DiaryService;
import org.crampcare.storage.Database;
import org.crampcare.storage.DatabaseConfig;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.web.kit.Sessions;

/**
 * The real app on a fresh SQLite database in a temporary folder, with helpers to sign people up and
 * seed their diaries directly through the services (the account pages are not needed).
 */
final class DiaryServer implements AutoCloseable {
    /** The zone the seeded person lives in; cramps at 23:30 there fall on the person's own day. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final int SEEDED_DAYS = 60;
    private final CrampCare crampCare = SharedCrampCare.BUILT_IN;
    private final Database db;
    private final PersonalData personal;
    private final WebServer server;

    DiaryServer() {
        try {
            Path data = Files.createTempDirectory("crampcare-insights");
            db = Database.open(DatabaseConfig.of(data, null, null, null));
            Clock clock = Clock.systemUTC();
            personal = new PersonalData(db, AccountService.create(db, clock, TestAccounts.CHEAP),
                    DiaryService.create(db, crampCare.knowledge(), clock), clock);
            server = WebServer.start(crampCare, new ServerConfig(0, "127.0.0.1", data), personal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    DiaryService diary() {
        return personal.diary();
    }

    /** A new account, signed in: the person id and the session token for the cc_session cookie. */
    Person signUp(String email) {
        personal.accounts().signUp(email, TestAccounts.PASSWORD);
        var signedIn = personal.accounts().signIn(email, TestAccounts.PASSWORD, null);
        return new Person(signedIn.personId(), signedIn.token());
    }

    /** A new personal API token for scripts, for the Authorization: Bearer header. */
    String apiToken(long person) {
        return personal.accounts().createApiToken(person, "test script").token();
    }

    /** The first day of the seeded diary. */
    static LocalDate firstDay() {
        return LocalDate.now(ZONE).minusDays(SEEDED_DAYS);
    }

    /** The last day of the seeded diary (yesterday, so no cramp lies in the future). */
    static LocalDate lastDay() {
        return LocalDate.now(ZONE).minusDays(1);
    }

    /**
     * Sixty days of check-ins (heat every third day) and a cramp on the night after every heat day
     * plus one every seventh day, with details, and one saved assessment.
     *
     * @return the number of cramps logged
     */
    int seed(long person) {
        DiaryService diary = diary();
        int cramps = 0;
        for (LocalDate day = firstDay(); !day.isAfter(lastDay()); day = day.plusDays(1)) {
            int i = (int) (day.toEpochDay() - firstDay().toEpochDay());
            boolean heat = i % 3 == 0;
            diary.saveCheckIn(person, new CheckInInput(day, i % 2 == 0 ? "light" : "none", heat ? 90 : 0,
                    6 + i % 4, i % 5 == 0, false, false, 1 + i % 3, i % 6 == 0 ? 1 : 0, "side", false, null));
            boolean afterHeat = i % 3 == 1;
            if (afterHeat || i % 7 == 0) {
                diary.logCramp(person, new CrampInput(day.atTime(LocalTime.of(afterHeat ? 2 : 16, 30)).atZone(ZONE)
                        .toInstant(), ZONE.getId(), List.of(i % 2 == 0 ? "calf" : "foot"), "left", 60 + i * 5,
                        3 + i % 6, List.of(afterHeat ? "asleep" : "walking"),
                        Map.of("stretch", 2 + i % 2, "walking", i % 2), i % 10 == 1 ? "Woke me, calf hard as a rock" : null));
                cramps++;
            }
        }
        diary.saveAssessment(person, crampCare.assessor().assess(AssessmentJson.readInput(
                "{\"answers\":{\"pain_score\":8,\"episodes_per_week\":5,\"medications\":[\"statin\"],"
                        + "\"conditions\":[]}}")));
        return cramps;
    }

    @Override
    public void close() {
        server.stop();
        db.close();
    }

    /** A signed-in test person. */
    record Person(long id, String token) {
        String cookie() {
            return Sessions.COOKIE + "=" + token;
        }
    }
}
