package org.crampcare.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.crampcare.account.AccountService;
import org.crampcare.account.TestAccounts;
import org.crampcare.diary.CheckInInput;
import org.crampcare.diary.CrampInput;
import org.crampcare.diary.DiaryService;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.Assessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code db backup} / {@code db restore} on real SQLite and PostgreSQL databases. */
class BackupTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.builtIn();
    private static final Clock CLOCK = Clock.systemUTC();
    /** The name of the password pepper among the server keys (see AccountService). */
    private static final String PEPPER = "password-pepper";

    @TempDir
    Path tmp;

    @Test
    void sqliteToPostgresqlToSqliteKeepsEveryRowAndEveryExport() throws Exception {
        List<Long> people;
        Map<Long, String> exports = new LinkedHashMap<>();
        Path first = tmp.resolve("first.ccbackup");
        try (Database original = Database.open(TestDatabases.newSqlite())) {
            people = seed(original);
            DiaryService diary = DiaryService.create(original, KNOWLEDGE, CLOCK);
            people.forEach(p -> exports.put(p, diary.yourData().exportCsv(p) + diary.yourData().exportJson(p)));
            Backup.write(original, first, CLOCK);
        }
        Database pg = TestDatabases.fresh(Vendor.POSTGRESQL);
        byte[] pgOwnPepper = ServerKeys.of(pg).key(PEPPER);
        Restore.Contents intoPg = Restore.into(pg, first, false);
        assertThat(ServerKeys.of(pg).key(PEPPER)).as("a server started here once is still an empty target, and the"
                + " backup's pepper replaces the one made here").isNotEqualTo(pgOwnPepper);
        assertThat(intoPg.rows()).containsEntry("person", 3L);
        Path second = tmp.resolve("second.ccbackup");
        Backup.write(pg, second, CLOCK);
        long newId = DiaryService.create(pg, KNOWLEDGE, CLOCK).logCramp(people.get(0), CrampInput.now()).id();
        assertThat(newId).as("PostgreSQL's identity moved past the restored ids").isGreaterThan(maxId(pg, "cramp") - 1);

        try (Database back = Database.open(TestDatabases.newSqlite())) {
            Restore.into(back, second, false);
            DiaryService diary = DiaryService.create(back, KNOWLEDGE, CLOCK);
            for (long p : people) {
                String again = diary.yourData().exportCsv(p) + diary.yourData().exportJson(p);
                assertThat(withoutExportTime(again)).isEqualTo(withoutExportTime(exports.get(p)));
            }
            Path third = tmp.resolve("third.ccbackup");
            Backup.write(back, third, CLOCK);
            assertThat(dataLines(third)).isEqualTo(dataLines(first));
            assertThat(AccountService.create(back, CLOCK, TestAccounts.CHEAP)
                    .signIn("ana@example.org", TestAccounts.PASSWORD, null).personId())
                    .as("the password still works after two moves").isEqualTo(people.get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aBackupTakenUnderConcurrentWritesRestoresToOneConsistentMoment(Vendor vendor) throws Exception {
        DatabaseConfig config = vendor == Vendor.SQLITE ? TestDatabases.newSqlite() : TestDatabases.config(vendor);
        if (vendor == Vendor.POSTGRESQL) {
            TestDatabases.fresh(vendor);
        }
        Path file = tmp.resolve("busy.ccbackup");
        List<Long> people = new ArrayList<>();
        Map<Long, Long> perPersonAtStart;
        try (Database db = Database.open(config)) {
            for (int i = 0; i < 3; i++) {
                people.add(TestAccounts.newPerson(db, CLOCK, "writer" + i + "@example.org"));
            }
            DiaryService diary = DiaryService.create(db, KNOWLEDGE, CLOCK);
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> writers = new ArrayList<>();
            for (long person : people) {
                Thread writer = new Thread(() -> {
                    // Two cramps per transaction: a consistent snapshot holds an even number of each person's cramps.
                    String pair = "kind,time,zone,muscles\r\ncramp,2026-01-01T08:00:00Z,UTC,calf\r\n"
                            + "cramp,2026-01-01T09:00:00Z,UTC,foot\r\n";
                    while (!stop.get()) {
                        diary.yourData().importCsv(person, pair);
                    }
                });
                writer.start();
                writers.add(writer);
            }
            Thread.sleep(300);
            Map<String, Long> countsAtStart = TestDatabases.counts(db);
            perPersonAtStart = perPerson(db, people);
            Backup.Summary summary = Backup.write(db, file, CLOCK);
            Thread.sleep(200);
            stop.set(true);
            for (Thread t : writers) {
                t.join();
            }
            long cramps = TestDatabases.count(db, "cramp");
            System.out.printf("backup under writes (%s): %d cramps when the backup began, %d in the backup, %d at the end%n",
                    vendor, countsAtStart.get("cramp"), summary.rows().get("cramp"), cramps);
            assertThat(summary.rows().get("cramp")).isGreaterThanOrEqualTo(countsAtStart.get("cramp"))
                    .isLessThan(cramps);
        }
        try (Database restored = Database.open(TestDatabases.newSqlite())) {
            Restore.into(restored, file, false);
            assertThat(restored.checkIntegrity().problems()).isEmpty();
            Map<Long, Long> inBackup = perPerson(restored, people);
            for (long person : people) {
                assertThat(inBackup.get(person) % 2).as("cramps of person %d come in whole transactions", person).isZero();
                assertThat(inBackup.get(person)).as("writes acknowledged before the backup began")
                        .isGreaterThanOrEqualTo(perPersonAtStart.get(person));
            }
        }
    }

    @Test
    void aDamagedBackupIsRefusedWithAClearMessageAndNothingWritten() throws Exception {
        Path good = seededBackup(tmp.resolve("good.ccbackup"));
        byte[] bytes = Files.readAllBytes(good);
        String text = gunzip(bytes);
        Map<String, byte[]> broken = new LinkedHashMap<>();
        broken.put("cut short", Arrays.copyOf(bytes, bytes.length / 2));
        broken.put("no checksum line", gzip(text.substring(0, text.lastIndexOf("{\"sha256\""))));
        broken.put("checksum does not match", gzip(text.replaceFirst(",calf,", ",foot,")));
        broken.put("not a gzip", "hello".getBytes(StandardCharsets.UTF_8));
        broken.put("data after its checksum", gzip(text + "[1]\n"));
        broken.put("row count that does not match", gzip(text.replaceFirst("\\{\"end\":\"cramp\",\"rows\":\\d+",
                "{\"end\":\"cramp\",\"rows\":1")));
        for (Map.Entry<String, byte[]> b : broken.entrySet()) {
            Path file = Files.write(tmp.resolve("broken.ccbackup"), b.getValue());
            assertThatThrownBy(() -> Restore.verify(file)).as(b.getKey()).isInstanceOf(BackupException.class)
                    .hasMessageContaining(b.getKey().equals("not a gzip") ? "not a CrampCare backup" : b.getKey());
        }
        try (Database target = Database.open(TestDatabases.newSqlite())) {
            Path altered = Files.write(tmp.resolve("altered.ccbackup"), broken.get("checksum does not match"));
            assertThatThrownBy(() -> Restore.into(target, altered, false)).isInstanceOf(BackupException.class);
            assertThat(TestDatabases.counts(target).values()).allMatch(n -> n == 0);
        }
    }

    @Test
    void aDatabaseWithDataIsReplacedOnlyWhenAskedTo() throws Exception {
        Path file = tmp.resolve("one.ccbackup");
        try (Database db = Database.open(TestDatabases.newSqlite())) {
            seed(db);
            Backup.write(db, file, CLOCK);
            assertThatThrownBy(() -> Restore.into(db, file, false)).isInstanceOf(BackupException.class)
                    .hasMessageContaining("not empty").hasMessageContaining("--replace");
            long cramps = TestDatabases.count(db, "cramp");
            DiaryService.create(db, KNOWLEDGE, CLOCK).logCramp(1, CrampInput.now());
            Restore.into(db, file, true);
            assertThat(TestDatabases.count(db, "cramp")).isEqualTo(cramps);
        }
    }

    @Test
    void aBackupIsReadableByItsOwnerOnly() throws Exception {
        Path file = tmp.resolve("private.ccbackup");
        Files.writeString(file, "an older backup, readable by all");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        seededBackup(file);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Restore.verify(file).rows()).containsEntry("person", 3L);
    }

    /** A backup of a new SQLite database with {@link #seed}'s data, written to {@code file}. */
    private static Path seededBackup(Path file) {
        try (Database db = Database.open(TestDatabases.newSqlite())) {
            seed(db);
            Backup.write(db, file, CLOCK);
        }
        return file;
    }

    /** Three people with cramps, check-ins, a saved assessment, a token and a session; returns their ids. */
    static List<Long> seed(Database db) {
        AccountService accounts = AccountService.create(db, CLOCK, TestAccounts.CHEAP);
        DiaryService diary = DiaryService.create(db, KNOWLEDGE, CLOCK);
        Assessor assessor = Assessor.withoutText(KNOWLEDGE);
        List<Long> people = new ArrayList<>();
        for (String who : List.of("ana", "bo", "cy")) {
            long p = TestAccounts.newPerson(db, CLOCK, who + "@example.org");
            people.add(p);
            accounts.createApiToken(p, "phone of " + who);
            for (int i = 0; i < 5; i++) {
                diary.logCramp(p, new CrampInput(Instant.parse("2026-02-0" + (i + 1) + "T03:15:00Z"), "Europe/Berlin",
                        List.of(i % 2 == 0 ? "calf" : "foot"), "left", 60 + i, i, List.of("asleep"),
                        Map.of("stretch", 2), i == 0 ? "note with \"quotes\", commas\nand ünïcödé =1+1" : null));
                diary.saveCheckIn(p, new CheckInInput(LocalDate.of(2026, 2, i + 1), "light", 30, 6, true, false, null,
                        2, 0, "side", false, null));
            }
            diary.saveAssessment(p, assessor.assess(AssessmentJson.readInput(
                    "{\"answers\":{\"pain_score\":6,\"episodes_per_week\":3}}")));
        }
        return people;
    }

    private static Map<Long, Long> perPerson(Database db, List<Long> people) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        for (long person : people) {
            counts.put(person, db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM cramp WHERE person_id = :p")
                    .bind("p", person).mapTo(Long.class).one()));
        }
        return counts;
    }

    private static long maxId(Database db, String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT max(id) FROM " + table).mapTo(Long.class).one());
    }

    private static String withoutExportTime(String export) {
        return export.replaceAll("\"exported_at\" : \"[^\"]+\"", "");
    }

    /** The lines of a backup between its header and its checksum: the data itself. */
    private static List<String> dataLines(Path file) throws IOException {
        List<String> lines = List.of(gunzip(Files.readAllBytes(file)).split("\n"));
        return lines.subList(1, lines.size() - 1);
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
