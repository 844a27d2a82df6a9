package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import org.crampcare.app.Main;
import org.crampcare.storage.DatabaseConfig;
import org.crampcare.storage.TestDatabases;
import org.crampcare.storage.Vendor;
import org.crampcare.web.kit.IdempotencyKeys;
import org.crampcare.web.kit.Sessions;

/**
 * A real {@code crampcare} in a child JVM with this test's class path, on a fresh SQLite folder or the
 * shared embedded PostgreSQL (emptied first), for the tests that stop or kill the server.
 */
final class ServeProcess {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<String> dbArgs = new ArrayList<>();
    private String dbUser;

    ServeProcess(Vendor vendor) throws Exception {
        dbArgs.addAll(List.of("--data", Files.createTempDirectory("crampcare-serve").toString()));
        if (vendor == Vendor.POSTGRESQL) {
            TestDatabases.fresh(vendor);
            DatabaseConfig pg = TestDatabases.config(vendor);
            dbArgs.addAll(List.of("--db-url", pg.jdbcUrl()));
            dbUser = pg.user();
        }
    }

    /** Starts {@code serve} on the port and waits for its ready line; stderr goes to {@code errors} when given. */
    Process serve(int port, Path errors, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("serve", "--port", Integer.toString(port)));
        args.addAll(dbArgs);
        args.addAll(List.of(more));
        Process p = crampcare(args, errors);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.contains("is ready at")) {
            continue;
        }
        assertThat(line).as("server start").isNotNull();
        return p;
    }

    /** Runs {@code crampcare db check} on the same database; returns its exit code. */
    int dbCheck() throws Exception {
        List<String> args = new ArrayList<>(List.of("db", "check"));
        args.addAll(dbArgs);
        Process checker = crampcare(args, null);
        checker.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return checker.waitFor();
    }

    /** Runs {@code crampcare <args>}. */
    Process crampcare(List<String> args, Path errors) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(errors == null ? ProcessBuilder.Redirect.DISCARD
                : ProcessBuilder.Redirect.to(errors.toFile()));
        pb.environment().remove("CRAMPCARE_DB_URL");
        if (dbUser != null) {
            pb.environment().put("CRAMPCARE_DB_USER", dbUser);
        }
        return pb.start();
    }

    /** Signs a new person up and in over the API; returns the session token. */
    static String signIn(String base, String email) throws Exception {
        String creds = "{\"email\":\"" + email + "\",\"password\":\"crash test password 1\"}";
        post(base + "/api/v1/account/signup", creds, null);
        String session = HttpPerson.cookie(post(base + "/api/v1/account/signin", creds, null), Sessions.COOKIE);
        assertThat(session).isNotNull();
        return session;
    }

    static HttpResponse<String> post(String url, String body, String session) throws Exception {
        return post(url, body, session, null);
    }

    /** A JSON POST, with an {@code Idempotency-Key} when {@code key} is given. */
    static HttpResponse<String> post(String url, String body, String session, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            b.header("Cookie", Sessions.COOKIE + "=" + session);
        }
        if (key != null) {
            b.header(IdempotencyKeys.HEADER, key);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url, String session) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", Sessions.COOKIE + "=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
