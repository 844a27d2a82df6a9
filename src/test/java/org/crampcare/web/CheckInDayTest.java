package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.crampcare.diary.CrampInput;
import org.crampcare.storage.MutableClock;
import org.crampcare.web.diary.CheckInHandlers;
import org.junit.jupiter.api.Test;

/**
 * The check-in page opens on the person's own day, in their time zone, not on the server's UTC day.
 * The server's clock is fixed at 23:30 UTC on 10 March 2026: already 11 March in Kiritimati (UTC+14),
 * still 10 March in Los Angeles, and 11 March again in Auckland (UTC+13).
 */
class CheckInDayTest {
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-03-10T23:30:00Z");

    @Test
    void todayIsTheDayInTheZoneTheBrowserReports() throws Exception {
        try (PersonalServer server = new PersonalServer(PersonalServer.newDir(), null, new MutableClock(LATE_EVENING_UTC))) {
            HttpPerson p = new HttpPerson(server, "zone@example.org", "a good long password").signedUp();
            assertThat(dayShown(p, null)).as("no zone known: UTC").isEqualTo("2026-03-10");
            assertThat(dayShown(p, "Pacific/Kiritimati")).isEqualTo("2026-03-11");
            assertThat(dayShown(p, "America/Los_Angeles")).isEqualTo("2026-03-10");
            assertThat(dayShown(p, "Not/AZone")).as("a bad cookie is ignored").isEqualTo("2026-03-10");
        }
    }

    @Test
    void withoutTheCookieTheZoneOfTheLatestCrampCounts() throws Exception {
        MutableClock clock = new MutableClock(LATE_EVENING_UTC);
        try (PersonalServer server = new PersonalServer(PersonalServer.newDir(), null, clock)) {
            HttpPerson p = new HttpPerson(server, "cramp-zone@example.org", "a good long password").signedUp();
            long id = server.personal.accounts().signIn(p.email, p.password, null).personId();
            server.personal.diary().logCramp(id, new CrampInput(null, "Pacific/Auckland", List.of("calf"), null, null,
                    null, null, null, null));
            assertThat(dayShown(p, null)).isEqualTo("2026-03-11");
        }
    }

    private static String dayShown(HttpPerson p, String zone) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(java.net.URI.create(p.url("/diary/checkin")))
                .header("Cookie", p.cookies() + (zone == null ? "" : "; " + CheckInHandlers.ZONE_COOKIE + "=" + zone));
        HttpResponse<String> page = HttpPerson.send(b);
        assertThat(page.statusCode()).isEqualTo(200);
        String marker = "id=\"date\" name=\"date\" value=\"";
        int at = page.body().indexOf(marker);
        assertThat(at).as("date field").isPositive();
        return page.body().substring(at + marker.length(), at + marker.length() + 10);
    }
}
