package org.crampcare.web;

/**
 * A JSON answer as a status and a value for the API's JSON mapper, independent of the server API.
 *
 * <p>Lets one handler method serve both Javalin and {@link DirectRoutes}.
 */
record JsonReply(int status, Object body) {

    /** A 200 answer. */
    static JsonReply ok(Object body) {
        return new JsonReply(200, body);
    }
}
