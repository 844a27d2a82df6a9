package org.crampcare.web;

import java.nio.file.Files;
import org.crampcare.storage.TestDatabases;
import org.crampcare.storage.Vendor;
import org.junit.jupiter.api.Test;

/** The cross-account check of every diary route once more, on a real (embedded) PostgreSQL server. */
class DiaryHttpPostgresTest {

    @Test
    void everyDiaryRouteIsClosedToOtherPeopleOnPostgresql() throws Exception {
        try (PersonalServer server = new PersonalServer(Files.createTempDirectory("crampcare-web-pg"),
                TestDatabases.fresh(Vendor.POSTGRESQL))) {
            CrossAccountCheck.run(server);
        }
    }
}
