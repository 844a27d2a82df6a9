package org.crampcare.diary;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.storage.Database;
import org.crampcare.storage.DatabaseConfig;

/**
 * The writer of the crash test, run in a child JVM: logs cramps for one person in an endless loop
 * and prints {@code ACK <id>} only after each commit has returned, exactly as a server would answer
 * "saved" only after the commit. The parent kills it with SIGKILL mid-stream.
 *
 * <p>Arguments: JDBC URL, database user (or {@code -}), person id.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        String user = args[1].equals("-") ? null : args[1];
        long person = Long.parseLong(args[2]);
        PrintStream out = System.out;
        var knowledge = CompletableFuture.supplyAsync(KnowledgeLoader::builtIn);
        try (Database db = Database.open(DatabaseConfig.of(null, args[0], user, null))) {
            DiaryService diary = DiaryService.create(db, knowledge.join(), Clock.systemUTC());
            out.println("READY");
            out.flush();
            for (long i = 0; ; i++) {
                CrampEntry c = diary.logCramp(person, new CrampInput(null, "Europe/Berlin", java.util.List.of("calf"),
                        "left", (int) (i % 600) + 1, (int) (i % 11), null, null, "crash test write " + i));
                out.println("ACK " + c.id());
                out.flush();
            }
        }
    }
}
