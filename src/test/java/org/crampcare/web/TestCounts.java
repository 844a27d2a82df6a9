package org.crampcare.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crampcare.storage.Database;

/** Row counts of every table, to show that a refused request wrote nothing. */
final class TestCounts {
    private TestCounts() {
    }

    static Map<String, Long> of(Database db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : Database.TABLES) {
            if (!table.equals("session") && !table.equals("login_failure") && !table.equals("api_token")) {
                counts.put(table, db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                        .mapTo(Long.class).one()));
            }
        }
        return counts;
    }
}
