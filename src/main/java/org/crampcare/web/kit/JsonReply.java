package org.crampcare.web.kit;

import org.crampcare.knowledge.Language;

/**
 * A JSON answer as a status and a value for the API's JSON mapper, independent of the server API.
 *
 * <p>Lets one handler method serve both Javalin and {@link DirectRoutes}.
 *
 * @param language the language of the answer's texts, sent as {@code Content-Language} with
 *                 {@code Vary: Accept-Language}; null for an answer that does not depend on it
 */
public record JsonReply(int status, Object body, Language language) {

    /** An answer that does not depend on the language asked for (an error, a status). */
    public JsonReply(int status, Object body) {
        this(status, body, null);
    }

    /** A 200 answer. */
    public static JsonReply ok(Object body) {
        return new JsonReply(200, body);
    }

    /** A 200 answer whose texts are in {@code language}. */
    public static JsonReply ok(Object body, Language language) {
        return new JsonReply(200, body, language);
    }
}
