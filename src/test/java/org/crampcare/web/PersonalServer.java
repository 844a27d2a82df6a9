package org.crampcare.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.crampcare.CrampCare;
import org.crampcare.account.AccountPolicy;
import org.crampcare.account.AccountService;
import org.crampcare.diary.DiaryService;
import org.crampcare.storage.Database;
import org.crampcare.storage.DatabaseConfig;

/** The real app with accounts and the diary on a real database, in-process on a free port. */
final class PersonalServer implements AutoCloseable {
    /** Cheap bcrypt and the production throttling limits (5 failures per e-mail). */
    static final AccountPolicy TEST_POLICY = new AccountPolicy(4, Duration.ofDays(1), 5, 20, Duration.ofMinutes(15));
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
        this(dir, given, Clock.systemUTC());
    }

    /** The same with the services on the given clock. */
    PersonalServer(Path dir, Database given, Clock clock) {
        CrampCare crampCare = CrampCare.builtIn();
        this.dataDir = dir;
        this.ownDatabase = given == null;
        this.db = given != null ? given : Database.open(DatabaseConfig.of(dir, null, null, null));
        this.personal = new PersonalData(db, AccountService.create(db, clock, TEST_POLICY),
                DiaryService.create(db, crampCare.knowledge(), clock), clock);
        this.server = WebServer.start(crampCare, new ServerConfig(0, "127.0.0.1", dir), personal);
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
