package org.crampcare.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.crampcare.CrampCare;
import org.crampcare.SharedCrampCare;
import org.crampcare.account.AccountPolicy;
import org.crampcare.account.AccountService;
import org.crampcare.diary.DiaryService;
import org.crampcare.storage.Database;
import org.crampcare.storage.DatabaseConfig;

/** The real app with accounts and the diary on a real database, in-process on a free port. */
final class PersonalServer implements AutoCloseable {
    /** Cheap bcrypt and the production throttling limits (5 attempts per e-mail and address), but many sign-ups. */
    static final AccountPolicy TEST_POLICY = AccountPolicy.STANDARD.withBcryptCost(4).withSignUps(1000);
    final Path dataDir;
    final Database db;
    final PersonalData personal;
    private final WebServer server;
    private final boolean ownDatabase;

    /** On a new SQLite file in a temporary folder. */
    PersonalServer() {
        this(newDir(), null);
    }

    /** On the given open database (kept open on close), or a new SQLite file in {@code dir} when null. */
    PersonalServer(Path dir, Database given) {
        this(dir, given, TEST_POLICY, SecurityConfig.DEFAULTS);
    }

    /** The same with the services on the given clock. */
    PersonalServer(Path dir, Database given, Clock clock) {
        this(dir, given, TEST_POLICY, SecurityConfig.DEFAULTS, clock);
    }

    /** A new SQLite file in a temporary folder, with the given policy and security settings. */
    PersonalServer(AccountPolicy policy, SecurityConfig security) {
        this(newDir(), null, policy, security);
    }

    /** On the given database (or a new SQLite file in {@code dir}), with the given policy and security settings. */
    PersonalServer(Path dir, Database given, AccountPolicy policy, SecurityConfig security) {
        this(dir, given, policy, security, Clock.systemUTC());
    }

    /** The same with the services on the given clock. */
    PersonalServer(Path dir, Database given, AccountPolicy policy, SecurityConfig security, Clock clock) {
        CrampCare crampCare = SharedCrampCare.BUILT_IN;
        this.dataDir = dir;
        this.ownDatabase = given == null;
        this.db = given != null ? given : Database.open(DatabaseConfig.of(dir, null, null, null));
        this.personal = new PersonalData(db, AccountService.create(db, clock, policy),
                DiaryService.create(db, crampCare.knowledge(), clock), clock);
        this.server = WebServer.start(crampCare, new ServerConfig(0, "127.0.0.1", dir), security, personal,
                org.crampcare.web.kit.Metrics.off());
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    static Path newDir() {
        try {
            return Files.createTempDirectory("crampcare-web-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        if (ownDatabase) {
            db.close();
        }
    }
}
