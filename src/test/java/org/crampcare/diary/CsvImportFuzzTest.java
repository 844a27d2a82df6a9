package org.crampcare.diary;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.time.Clock;
import org.crampcare.account.TestAccounts;
import org.crampcare.storage.Database;
import org.crampcare.storage.TestDatabases;
import org.crampcare.triage.InputException;

/**
 * Coverage-guided fuzzing of the diary's CSV import on a real SQLite database: any text is imported
 * whole or refused with {@link InputException} naming row and column (a 400), and a refused import
 * writes nothing. Regression inputs live in
 * {@code src/test/resources/org/crampcare/diary/CsvImportFuzzTestInputs/}.
 */
class CsvImportFuzzTest {
    private static final Database DB = Database.open(TestDatabases.newSqlite());
    private static final DiaryService DIARY = DiaryService.create(DB, DiaryFixture.KNOWLEDGE, Clock.systemUTC());
    private static final long PERSON = TestAccounts.newPerson(DB, Clock.systemUTC(), "fuzz@example.org");

    @FuzzTest(maxDuration = "5m")
    void anyCsvIsImportedWholeOrRefusedWithoutWriting(@NotNull String csv) {
        long before = rows();
        try {
            DIARY.yourData().importCsv(PERSON, csv);
        } catch (InputException refused) {
            if (rows() != before) {
                throw new AssertionError("a refused import wrote rows", refused);
            }
        }
        DIARY.yourData().deleteEverything(PERSON);
    }

    private static long rows() {
        return TestDatabases.count(DB, "cramp") + TestDatabases.count(DB, "checkin") + TestDatabases.count(DB, "assessment");
    }
}
