package org.crampcare.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a clean answer: JSON under {@code /api/}, an HTML page elsewhere.
 *
 * <p>Clients never see a stack trace or exception text from a bug; the trace goes to the server
 * log only, without the request body.
 */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    private final Templates templates;

    Errors(Templates templates) {
        this.templates = templates;
    }

    /** Exception handler for Javalin's HTTP status exceptions (404, 405, 413, 403...). */
    void httpStatus(HttpResponseException e, Context ctx) {
        send(ctx, e.getStatus(), fieldFor(e.getStatus()), messageFor(e.getStatus(), e.getMessage()));
    }

    /** Exception handler for anything unexpected: a bug. */
    void unexpected(Exception e, Context ctx) {
        LOG.error("request {} {} failed", ctx.method().name(), ctx.path(), e);
        send(ctx, 500, "server", "Something went wrong on our side. Please try again.");
    }

    /** Error handler for statuses set without a body (unmatched route, wrong method); keeps bodies handlers wrote. */
    void status(Context ctx) {
        if (ctx.resultInputStream() != null) {
            return;
        }
        int status = ctx.status().getCode();
        send(ctx, status, fieldFor(status), messageFor(status, null));
    }

    private void send(Context ctx, int status, String field, String message) {
        if (ctx.path().startsWith("/api/")) {
            new ApiError(status, field, message).send(ctx);
        } else {
            templates.render(ctx, status, "error/error.jte", new ErrorModel(Page.of(ctx, heading(status), ""), status, message));
        }
    }

    private static String fieldFor(int status) {
        switch (status) {
            case 404: return "path";
            case 405: return "method";
            case 413: return "body";
            case 415: return "Content-Type";
            case 403: return "csrf";
            default: return "request";
        }
    }

    private static String heading(int status) {
        switch (status) {
            case 404: return "Page not found";
            case 403: return "Please send the form again";
            case 413: return "That was too much text";
            default: return "Something went wrong";
        }
    }

    private static String messageFor(int status, String given) {
        switch (status) {
            case 404: return "There is no page or resource at this address.";
            case 405: return "This address does not accept that method.";
            case 413: return "The request body is larger than the 64 KiB this server accepts.";
            case 403: return given;
            default: return given == null || given.isBlank() ? "The request could not be handled." : given;
        }
    }
}
