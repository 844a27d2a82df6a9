package org.crampcare.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.crampcare.knowledge.TriageLevel;
import org.jdbi.v3.core.Handle;

/** The SQL for saved assessments; every statement is limited to one person. */
final class AssessmentRows {
    private static final String SELECT = "SELECT id, taken_at, level, rule_ids, result_json FROM assessment"
            + " WHERE person_id = :p";

    private AssessmentRows() {
    }

    static long insert(Handle h, long personId, long takenAt, TriageLevel level, List<String> ruleIds, String json) {
        return h.createQuery("INSERT INTO assessment (person_id, taken_at, level, rule_ids, result_json)"
                        + " VALUES (:p, :at, :level, :rules, :json) RETURNING id")
                .bind("p", personId).bind("at", takenAt).bind("level", level.name())
                .bind("rules", String.join(",", ruleIds)).bind("json", json).mapTo(Long.class).one();
    }

    static Optional<SavedAssessment> find(Handle h, long personId, long id) {
        return h.createQuery(SELECT + " AND id = :id").bind("p", personId).bind("id", id)
                .map((rs, ctx) -> saved(rs)).findOne();
    }

    /** The person's assessments, newest first. */
    static List<SavedAssessment> list(Handle h, long personId) {
        return h.createQuery(SELECT + " ORDER BY taken_at DESC, id DESC").bind("p", personId)
                .map((rs, ctx) -> saved(rs)).list();
    }

    static boolean delete(Handle h, long personId, long id) {
        return h.createUpdate("DELETE FROM assessment WHERE id = :id AND person_id = :p")
                .bind("id", id).bind("p", personId).execute() > 0;
    }

    private static SavedAssessment saved(ResultSet rs) throws SQLException {
        String rules = rs.getString("rule_ids");
        return new SavedAssessment(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("taken_at")),
                TriageLevel.valueOf(rs.getString("level")),
                rules.isEmpty() ? List.of() : Arrays.asList(rules.split(",")), rs.getString("result_json"));
    }
}
