package org.crampcare.web.insights;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.crampcare.web.kit.ApiError;
import org.crampcare.web.kit.Sessions;

/**
 * Lets only a signed-in person reach their diary pages and API: pages send others to sign in, the API answers 401.
 */
final class DiaryGate {
    /** Where a page sends a person who is not signed in. */
    static final String SIGN_IN = "/account/signin";
    private final Sessions sessions;

    DiaryGate(Sessions sessions) {
        this.sessions = sessions;
    }

    /** The signed-in person, or empty after redirecting the browser to the sign-in page. */
    Optional<Long> forPage(Context ctx) {
        Optional<Long> person = sessions.person(ctx);
        if (person.isEmpty()) {
            ctx.redirect(SIGN_IN, HttpStatus.SEE_OTHER);
        }
        return person;
    }

    /** The signed-in person, or empty after answering 401 with the API's error shape. */
    Optional<Long> forApi(Context ctx) {
        Optional<Long> person = sessions.person(ctx);
        if (person.isEmpty()) {
            new ApiError(401, "session", "Sign in first: send the cc_session cookie or an "
                    + "Authorization: Bearer API token.").send(ctx);
        }
        return person;
    }
}
