package org.crampcare.web.kit;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers HEAD like GET: the same status and headers (the page's content type among them), no body.
 *
 * <p>Why: Javalin answers HEAD on a GET route with an empty {@code text/plain} 200 without running the
 * route, so a link checker or proxy probing a page learned nothing true about it. Here the route runs
 * as for GET, and Jetty, which knows the request on the wire is HEAD, sends no body.
 */
public final class HeadAsGet extends Handler.Wrapper {
    public HeadAsGet(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!HttpMethod.HEAD.is(request.getMethod())) {
            return super.handle(request, response, callback);
        }
        return super.handle(new Request.Wrapper(request) {
            @Override
            public String getMethod() {
                return HttpMethod.GET.asString();
            }
        }, response, callback);
    }
}
