package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.crampcare.FreePorts;
import org.crampcare.storage.Vendor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kills a real {@code crampcare serve} (on SQLite, and on PostgreSQL whose server keeps running) with SIGKILL while a client logs cramps over HTTP;
 * after a restart every cramp that got 201 is there and {@code crampcare db check} passes.
 */
class HttpCrashTest {
    static final int KILL_AFTER_ACKS = 150;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void everyAcknowledgedCrampSurvivesSigkillOfTheServer(Vendor vendor) throws Exception {
        ServeProcess crampcare = new ServeProcess(vendor);
        int port = FreePorts.any();
        String base = "http://127.0.0.1:" + port;
        Process first = crampcare.serve(port, null);
        String session = ServeProcess.signIn(base, "crash@example.org");

        Set<Long> acked = new HashSet<>();
        int attempts = 0;
        try {
            while (acked.size() < KILL_AFTER_ACKS) {
                attempts++;
                HttpResponse<String> r = ServeProcess.post(base + "/api/v1/diary/cramps", "{\"muscles\":[\"calf\"],\"pain\":"
                        + (attempts % 11) + "}", session);
                if (r.statusCode() == 201) {
                    acked.add(JSON.readTree(r.body()).get("id").asLong());
                }
            }
            first.toHandle().destroyForcibly();
            for (int i = 0; i < 20; i++) {
                try {
                    HttpResponse<String> r = ServeProcess.post(base + "/api/v1/diary/cramps", "{}", session);
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

        Process second = crampcare.serve(port, null);
        Set<Long> found = new HashSet<>();
        try {
            HttpResponse<String> list = ServeProcess.get(base + "/api/v1/diary/cramps", session);
            assertThat(list.statusCode()).isEqualTo(200);
            for (JsonNode c : JSON.readTree(list.body()).get("cramps")) {
                found.add(c.get("id").asLong());
            }
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
        int check = crampcare.dbCheck();
        System.out.printf("HTTP crash test (" + vendor + "): %d cramps acknowledged with 201, %d found after restart,"
                + " all acknowledged present: %s, db check exit %d%n", acked.size(), found.size(),
                found.containsAll(acked), check);
        assertThat(found).containsAll(acked);
        assertThat(check).isZero();
    }
}
