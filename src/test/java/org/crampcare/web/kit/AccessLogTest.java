package org.crampcare.web.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The buffered access log: whole lines, only method, path, status and time, nothing lost at close. */
class AccessLogTest {

    @Test
    void linesAreWrittenWholeWithoutQueryOrBodyAndNoneIsLostAtClose() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AccessLog log = new AccessLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), new ClientAddress(java.util.List.of()));
        for (int i = 0; i < 1000; i++) {
            log.log("POST", "/api/v1/assessments", 200, i % 3, "127.0.0.1", i % 2 == 0 ? null : 42L);
        }
        log.close();
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(1000);
        assertThat(lines).allSatisfy(line -> assertThat(line).matches("\\S+Z access POST /api/v1/assessments 200 [0-2]ms client=127\\.0\\.0\\.1 person=(-|42)"));
    }

    @Test
    void aFullBufferIsWrittenWithoutWaitingForTheTimer() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AccessLog log = new AccessLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), new ClientAddress(java.util.List.of()));
        try {
            for (int i = 0; i < 2000; i++) {
                log.log("GET", "/knowledge/relief", 200, 1, "127.0.0.1", null);
            }
            assertThat(bytes.size()).isGreaterThan(0);
        } finally {
            log.close();
        }
    }
}
