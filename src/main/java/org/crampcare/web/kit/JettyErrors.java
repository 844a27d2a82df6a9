package org.crampcare.web.kit;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a malformed request line is 400, oversized headers 431), sent before
 * any route runs: with the same security headers as every other answer, and without messages or
 * stack traces.
 */
public final class JettyErrors extends ErrorHandler {
    private final SecurityHeaders headers;

    public JettyErrors(SecurityHeaders headers) {
        this.headers = headers;
        setShowStacks(false);
        setShowMessageInTitle(false);
        setShowCauses(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        headers.forEach("/", (name, value) -> response.getHeaders().put(new HttpField(name, value)));
        return super.handle(request, response, callback);
    }
}
