package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.crampcare.FreePorts;
import org.crampcare.app.Main;
import org.crampcare.storage.DatabaseConfig;
import org.crampcare.storage.TestDatabases;
import org.crampcare.storage.Vendor;
import org.crampcare.web.kit.Sessions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kills a real {@code crampcare serve} (on SQLite, and on PostgreSQL whose server keeps running) with SIGKILL while a client logs cramps over HTTP;
 * after a restart every cramp that got 201 is there and {@code crampcare db check} passes.
 */
class HttpCrashTest {
    static final int KILL_AFTER_ACKS = 150;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Path data;
    private final List<String> dbArgs = new ArrayList<>();
    private String dbUser;

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void everyAcknowledgedCrampSurvivesSigkillOfTheServer(Vendor vendor) throws Exception {
        data = Files.createTempDirectory("crampcare-http-crash");
        dbArgs.addAll(List.of("--data", data.toString()));
        if (vendor == Vendor.POSTGRESQL) {
            TestDatabases.fresh(vendor);
            DatabaseConfig pg = TestDatabases.config(vendor);
            dbArgs.addAll(List.of("--db-url", pg.jdbcUrl()));
            dbUser = pg.user();
        }
        int port = FreePorts.any();
        String base = "http://127.0.0.1:" + port;
        Process first = serve(port);
        String creds = "{\"email\":\"crash@example.org\",\"password\":\"crash test password 1\"}";
        post(base + "/api/v1/account/signup", creds, null);
        HttpResponse<String> in = post(base + "/api/v1/account/signin", creds, null);
        String session = HttpPerson.cookie(in, Sessions.COOKIE);
        assertThat(session).isNotNull();

        Set<Long> acked = new HashSet<>();
        int attempts = 0;
        try {
            while (acked.size() < KILL_AFTER_ACKS) {
                attempts++;
                HttpResponse<String> r = post(base + "/api/v1/diary/cramps", "{\"muscles\":[\"calf\"],\"pain\":"
                        + (attempts % 11) + "}", session);
                if (r.statusCode() == 201) {
                    acked.add(JSON.readTree(r.body()).get("id").asLong());
                }
            }
            first.toHandle().destroyForcibly();
            for (int i = 0; i < 20; i++) {
                try {
                    HttpResponse<String> r = post(base + "/api/v1/diary/cramps", "{}", session);
                    if (r.statusCode() == 201) {
                        acked.add(JSON.readTree(r.body()).get("id").asLong());
                    }
                } catch (java.io.IOException refused) {
                    break;
                }
            }
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(first.exitValue()).isEqualTo(137);

        Process second = serve(port);
        Set<Long> found = new HashSet<>();
        try {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/diary/cramps"))
                    .header("Cookie", Sessions.COOKIE + "=" + session).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(200);
            for (JsonNode c : JSON.readTree(list.body()).get("cramps")) {
                found.add(c.get("id").asLong());
            }
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
        List<String> checkArgs = new ArrayList<>(List.of("db", "check"));
        checkArgs.addAll(dbArgs);
        Process checker = crampcare(checkArgs);
        checker.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        int check = checker.waitFor();
        System.out.printf("HTTP crash test (" + vendor + "): %d cramps acknowledged with 201, %d found after restart,"
                + " all acknowledged present: %s, db check exit %d%n", acked.size(), found.size(),
                found.containsAll(acked), check);
        assertThat(found).containsAll(acked);
        assertThat(check).isZero();
    }

    private Process serve(int port) throws Exception {
        List<String> args = new ArrayList<>(List.of("serve", "--port", Integer.toString(port)));
        args.addAll(dbArgs);
        Process p = crampcare(args);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.contains("is ready at")) {
            continue;
        }
        assertThat(line).as("server start").isNotNull();
        return p;
    }

    /** Runs {@code crampcare <args>} in a child JVM with this test's class path. */
    private Process crampcare(List<String> args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("CRAMPCARE_DB_URL");
        if (dbUser != null) {
            pb.environment().put("CRAMPCARE_DB_USER", dbUser);
        }
        return pb.start();
    }

    private HttpResponse<String> post(String url, String body, String session) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            b.header("Cookie", Sessions.COOKIE + "=" + session);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
