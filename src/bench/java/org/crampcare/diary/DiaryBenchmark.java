package org.crampcare.diary;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.storage.Database;
import org.crampcare.storage.DatabaseConfig;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Diary latency with a full database: 10,000 people with 100 cramps each, then p50/p99 of logging
 * one cramp (a committed, durable write) and of loading one person's month, on one thread.
 *
 * <p>Not a unit test: timings depend on the machine and disk. Target: p99 under 20 ms for both.
 * Run:
 * <pre>
 * ./mvnw -q -Pbench -DskipTests package
 * # SQLite (the default set-up: WAL, synchronous=FULL)
 * java -cp target/benchmarks.jar org.crampcare.diary.DiaryBenchmark --sqlite /tmp/ccbench
 * # PostgreSQL: a throwaway Debian PostgreSQL 15 cluster with its default (durable) settings
 * mkdir -p /tmp/pgbench &amp;&amp; chown postgres /tmp/pgbench
 * runuser -u postgres -- /usr/lib/postgresql/15/bin/initdb -D /tmp/pgbench -A trust -U postgres
 * runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D /tmp/pgbench -l /tmp/pgbench.log \
 *     -o "-p 55433 -k /tmp -c listen_addresses=127.0.0.1" -w start
 * java -cp target/benchmarks.jar org.crampcare.diary.DiaryBenchmark \
 *     --pg "jdbc:postgresql://127.0.0.1:55433/postgres?user=postgres&amp;reWriteBatchedInserts=true"
 * runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D /tmp/pgbench -m fast stop
 * </pre>
 * The data is loaded only when the database has no people yet, so a second run measures at once.
 */
public final class DiaryBenchmark {
    static final int PEOPLE = 10_000;
    static final int ENTRIES_EACH = 100;
    static final int WARM_UP = 1_000;
    static final int MEASURED = 5_000;
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private DiaryBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !(args[0].equals("--sqlite") || args[0].equals("--pg"))) {
            System.err.println("usage: DiaryBenchmark --sqlite DIR | --pg JDBC_URL");
            System.exit(2);
        }
        DatabaseConfig config = args[0].equals("--sqlite")
                ? DatabaseConfig.of(Path.of(args[1]), null, null, null)
                : DatabaseConfig.of(null, args[1], null, null);
        try (Database db = Database.open(config)) {
            load(db);
            measure(db);
        }
    }

    /** Loads the people and their cramps in large batches, straight into the tables. */
    private static void load(Database db) {
        long people = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM person").mapTo(Long.class).one());
        if (people >= PEOPLE) {
            System.out.printf("%s: %d people already loaded%n", db.vendor(), people);
            return;
        }
        long start = System.nanoTime();
        long now = System.currentTimeMillis();
        Random random = new Random(42);
        db.jdbi().useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO person (email, password_hash, created_at,"
                    + " password_changed_at) VALUES (:email, :hash, :now, :now)");
            for (int i = 0; i < PEOPLE; i++) {
                batch.bind("email", "bench" + i + "@example.org").bind("hash", "$2a$12$bench.not.a.real.hash")
                        .bind("now", now).add();
            }
            batch.execute();
        });
        List<Long> ids = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM person ORDER BY id")
                .mapTo(Long.class).list());
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            db.jdbi().useTransaction(h -> {
                PreparedBatch batch = h.prepareBatch("INSERT INTO cramp (person_id, occurred_at, zone, local_date,"
                        + " local_minute, muscles, side, duration_seconds, pain, activities, relief, note, created_at,"
                        + " updated_at) VALUES (:p, :at, :zone, :date, :minute, :muscles, :side, :duration, :pain,"
                        + " :activities, :relief, :note, :at, :at)");
                for (long person : chunk) {
                    for (int k = 0; k < ENTRIES_EACH; k++) {
                        long at = now - k * 2L * 86_400_000L - random.nextInt(86_400_000);
                        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(at), ZONE);
                        batch.bind("p", person).bind("at", at).bind("zone", ZONE.getId())
                                .bind("date", local.toLocalDate().toString())
                                .bind("minute", local.getHour() * 60 + local.getMinute())
                                .bind("muscles", k % 3 == 0 ? ",calf,foot," : ",calf,").bind("side", "left")
                                .bind("duration", 30 + random.nextInt(600)).bind("pain", random.nextInt(11))
                                .bind("activities", ",asleep,").bind("relief", ",stretch=2,")
                                .bind("note", k % 4 == 0 ? "woke me up, stretched it out" : null).add();
                    }
                }
                batch.execute();
            });
        }
        System.out.printf("%s: loaded %d people and %d cramps in %.1f s%n", db.vendor(), PEOPLE,
                (long) PEOPLE * ENTRIES_EACH, (System.nanoTime() - start) / 1e9);
    }

    private static void measure(Database db) {
        DiaryService diary = DiaryService.create(db, KnowledgeLoader.builtIn(), Clock.systemUTC());
        List<Long> ids = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM person ORDER BY id")
                .mapTo(Long.class).list());
        Random random = new Random(7);
        LocalDate today = LocalDate.now(ZONE);
        CrampInput entry = new CrampInput(null, ZONE.getId(), List.of("calf"), "right", 90, 6, List.of("asleep"),
                java.util.Map.of("stretch", 2), "benchmark entry");
        long[] write = time(WARM_UP, MEASURED, () -> diary.logCramp(pick(ids, random), entry));
        int[] rows = new int[1];
        long[] month = time(WARM_UP, MEASURED, () -> rows[0] += diary.cramps(pick(ids, random),
                CrampFilter.between(today.minusDays(30), today)).size());
        System.out.printf("%s: log a cramp       %s%n", db.vendor(), percentiles(write));
        System.out.printf("%s: load one month    %s (%.1f cramps a month on average)%n", db.vendor(),
                percentiles(month), rows[0] / (double) (WARM_UP + MEASURED));
    }

    private static long pick(List<Long> ids, Random random) {
        return ids.get(random.nextInt(ids.size()));
    }

    private static long[] time(int warmUp, int measured, Runnable op) {
        for (int i = 0; i < warmUp; i++) {
            op.run();
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long t = System.nanoTime();
            op.run();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static String percentiles(long[] sorted) {
        return String.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)", at(sorted, 0.50),
                at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static double at(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
