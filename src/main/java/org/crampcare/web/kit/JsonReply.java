package org.crampcare.web.kit;

/**
 * A JSON answer as a status and a value for the API's JSON mapper, independent of the server API.
 *
 * <p>Lets one handler method serve both Javalin and {@link DirectRoutes}.
 */
public record JsonReply(int status, Object body) {

    /** A 200 answer. */
    public static JsonReply ok(Object body) {
        return new JsonReply(200, body);
    }
}
