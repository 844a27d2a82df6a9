package org.crampcare.web.kit;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crampcare.triage.AssessmentJson;

/**
 * The one error shape of the JSON API: {@code {"error": {"field": "...", "message": "..."}}}.
 *
 * @param status  HTTP status to answer with
 * @param field   what was wrong: an input field such as {@code answers.pain_score}, or a part of
 *                the request such as {@code path}, {@code method}, {@code body} or {@code Content-Type}
 * @param message what was expected, in plain words
 */
public record ApiError(int status, String field, String message) {

    /** The error as a JSON answer. */
    public JsonReply reply() {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return new JsonReply(status, Map.of("error", error));
    }

    /** Writes the error as the response. */
    public void send(Context ctx) {
        ctx.status(status).contentType("application/json").result(AssessmentJson.write(reply().body()));
    }
}
