package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crampcare.storage.MutableClock;
import org.crampcare.storage.TestDatabases;
import org.crampcare.storage.Vendor;
import org.crampcare.web.kit.IdempotencyKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Idempotency-Key header on the diary's POST and PUT routes, over real HTTP on both databases. */
class IdempotencyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CRAMP = "{\"muscles\":[\"calf\"],\"pain\":6,\"time\":\"2026-03-01T03:00:00Z\"}";

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aRetriedWriteGivesTheSameEntryAndAnswerEvenWhenTheCopiesRace(Vendor vendor) throws Exception {
        try (PersonalServer server = server(vendor, new MutableClock(Instant.parse("2026-03-10T12:00:00Z")))) {
            HttpPerson ana = new HttpPerson(server, "ana@example.org", "a good long password").signedUp();
            HttpResponse<String> first = withKey(ana, "POST", "/api/v1/diary/cramps", CRAMP, "phone-1");
            HttpResponse<String> retry = withKey(ana, "POST", "/api/v1/diary/cramps", CRAMP, "phone-1");
            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(retry.statusCode()).isEqualTo(201);
            assertThat(retry.body()).isEqualTo(first.body());
            assertThat(retry.headers().firstValue(IdempotencyKeys.REPLAYED)).hasValue("true");
            assertThat(first.headers().firstValue(IdempotencyKeys.REPLAYED)).isEmpty();

            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<HttpResponse<String>>> copies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                copies.add(() -> withKey(ana, "POST", "/api/v1/diary/cramps", CRAMP, "raced-key"));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(copies)) {
                assertThat(f.get().statusCode()).as(f.get().body()).isEqualTo(201);
                bodies.add(f.get().body());
            }
            pool.shutdown();
            assertThat(bodies).as("eight copies at once, one answer").containsOnly(bodies.get(0));
            assertThat(crampCount(ana)).as("one entry per key").isEqualTo(2);
        }
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndARefusedRequestDoesNotSpendTheKey() throws Exception {
        try (PersonalServer server = server(Vendor.SQLITE, new MutableClock(Instant.parse("2026-03-10T12:00:00Z")))) {
            HttpPerson ana = new HttpPerson(server, "ana@example.org", "a good long password").signedUp();
            HttpResponse<String> bad = withKey(ana, "POST", "/api/v1/diary/cramps", "{\"pain\":11}", "k1");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(withKey(ana, "POST", "/api/v1/diary/cramps", CRAMP, "k1").statusCode()).isEqualTo(201);
            HttpResponse<String> other = withKey(ana, "POST", "/api/v1/diary/cramps", CRAMP.replace("6", "7"), "k1");
            assertThat(other.statusCode()).isEqualTo(422);
            assertThat(JSON.readTree(other.body()).path("error").path("field").asText()).isEqualTo("Idempotency-Key");
            HttpResponse<String> tooLong = withKey(ana, "POST", "/api/v1/diary/cramps", CRAMP, "x".repeat(201));
            assertThat(tooLong.statusCode()).isEqualTo(400);
            assertThat(tooLong.body()).contains("Idempotency-Key");

            HttpPerson bo = new HttpPerson(server, "bo@example.org", "another good password").signedUp();
            assertThat(withKey(bo, "POST", "/api/v1/diary/cramps", CRAMP, "k1").statusCode())
                    .as("keys belong to one person").isEqualTo(201);
            assertThat(crampCount(ana)).isEqualTo(1);
            assertThat(crampCount(bo)).isEqualTo(1);

            String checkIn = "{\"fluid_glasses\":6}";
            HttpResponse<String> put = withKey(ana, "PUT", "/api/v1/diary/checkins/2026-03-09", checkIn, "k2");
            assertThat(withKey(ana, "PUT", "/api/v1/diary/checkins/2026-03-09", checkIn, "k2").body()).isEqualTo(put.body());
        }
    }

    @Test
    void formPostsReplayTheirRedirectAndKeysExpireAfterADay() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
        try (PersonalServer server = server(Vendor.SQLITE, clock)) {
            HttpPerson ana = new HttpPerson(server, "ana@example.org", "a good long password").signedUp();
            String form = "muscle=calf&zone=Europe%2FBerlin&csrf=" + ana.formToken();
            HttpResponse<String> first = formWithKey(ana, form, "tap-1");
            HttpResponse<String> retry = formWithKey(ana, form, "tap-1");
            assertThat(first.statusCode()).isEqualTo(303);
            assertThat(retry.statusCode()).isEqualTo(303);
            assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
            assertThat(crampCount(ana)).isEqualTo(1);

            clock.advance(Duration.ofHours(25));
            ana.signedUp();
            form = "muscle=calf&zone=Europe%2FBerlin&csrf=" + ana.formToken();
            assertThat(formWithKey(ana, form, "tap-1").headers().firstValue("Location"))
                    .as("after a day the key is forgotten").isNotEqualTo(first.headers().firstValue("Location"));
            assertThat(crampCount(ana)).isEqualTo(2);
        }
    }

    private static PersonalServer server(Vendor vendor, MutableClock clock) throws Exception {
        return new PersonalServer(Files.createTempDirectory("crampcare-idem"),
                vendor == Vendor.SQLITE ? null : TestDatabases.fresh(vendor), clock);
    }

    private static HttpResponse<String> withKey(HttpPerson p, String method, String path, String body, String key)
            throws Exception {
        return HttpPerson.send(HttpRequest.newBuilder(java.net.URI.create(p.url(path))).header("Cookie", p.cookies())
                .header("Content-Type", "application/json").header(IdempotencyKeys.HEADER, key)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> formWithKey(HttpPerson p, String form, String key) throws Exception {
        return HttpPerson.send(HttpRequest.newBuilder(java.net.URI.create(p.url("/diary/log"))).header("Cookie", p.cookies())
                .header("Content-Type", "application/x-www-form-urlencoded").header(IdempotencyKeys.HEADER, key)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static int crampCount(HttpPerson p) throws Exception {
        return JSON.readTree(p.get("/api/v1/diary/cramps").body()).get("cramps").size();
    }
}
