package org.crampcare.web.kit;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.crampcare.account.AccountBusyException;
import org.crampcare.account.SignInException;
import org.crampcare.fhir.FhirService;
import org.crampcare.triage.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a clean answer: JSON under {@code /api/}, a FHIR OperationOutcome under
 * {@code /fhir}, an HTML page elsewhere.
 *
 * <p>Clients never see a stack trace or exception text from a bug; the trace goes to the server
 * log only, without the request body.
 */
public final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    /** The content type of every answer under {@code /fhir}. */
    public static final String FHIR_JSON = "application/fhir+json; charset=utf-8";
    private final Templates templates;
    private final FhirService fhir;
    private final PageLanguage languages;

    /** Errors rendered with the templates, and as OperationOutcomes of {@code fhir} under {@code /fhir}. */
    public Errors(Templates templates, FhirService fhir, PageLanguage languages) {
        this.templates = templates;
        this.fhir = fhir;
        this.languages = languages;
    }

    /** Exception handler for Javalin's HTTP status exceptions (404, 405, 413, 403...). */
    public void httpStatus(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        send(ctx, status, fieldFor(status), isPage(ctx) ? pageMessage(texts(ctx), status, e.getMessage())
                : messageFor(status, e.getMessage()));
    }

    /** Exception handler for anything unexpected: a bug. */
    public void unexpected(Exception e, Context ctx) {
        LOG.error("request {} {} failed", ctx.method().name(), ctx.path(), e);
        send(ctx, 500, "server", isPage(ctx) ? texts(ctx).get("error.500-text") : "Something went wrong on our side. Please try again.");
    }

    /** Exception handler for {@link ApiProblem}: its own status, field and message. */
    public void apiProblem(ApiProblem e, Context ctx) {
        ApiError error = e.error();
        send(ctx, error.status(), error.field(), error.message());
    }

    /** Exception handler for requests that need a signed-in person: 401 for the API, the sign-in page for pages. */
    public void notSignedIn(NotSignedInException e, Context ctx) {
        if (ctx.path().startsWith("/api/")) {
            new ApiError(401, "session", "sign in first (session cookie or Authorization: Bearer <token>)").send(ctx);
        } else {
            ctx.redirect("/account/signin", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    /** Exception handler for bad input a handler did not catch itself: 400 naming the field. */
    public void input(InputException e, Context ctx) {
        send(ctx, 400, e.field(), isPage(ctx) ? formMessage(e, texts(ctx)) : e.field() + ": " + e.reason());
    }

    /** Exception handler for refused sign-ins (also a wrong password on a password check): 401 or 429. */
    public void signIn(SignInException e, Context ctx) {
        boolean wrong = e.reason() == SignInException.Reason.WRONG_CREDENTIALS;
        send(ctx, wrong ? 401 : 429, e.reason() == SignInException.Reason.TOO_MANY_SIGN_UPS ? "address" : "credentials",
                isPage(ctx) ? message(e, texts(ctx)) : e.getMessage());
    }

    /** Exception handler for password work refused because too much is queued already: 503, try again soon. */
    public void busy(AccountBusyException e, Context ctx) {
        ctx.header("Retry-After", "2");
        send(ctx, 503, "server", isPage(ctx) ? texts(ctx).get("error.busy") : e.getMessage());
    }

    /** Handler for account and diary routes on a server started without a database: 503. */
    public void unavailable(Context ctx) {
        send(ctx, 503, "server", isPage(ctx) ? texts(ctx).get("error.no-diary") : "Accounts and the diary are not set up on this server.");
    }

    /** Error handler for statuses set without a body (unmatched route, wrong method); keeps bodies handlers wrote. */
    public void status(Context ctx) {
        if (ctx.resultInputStream() != null) {
            return;
        }
        int status = ctx.status().getCode();
        send(ctx, status, fieldFor(status), isPage(ctx) ? pageMessage(texts(ctx), status, null) : messageFor(status, null));
    }

    /** A form error in plain words, naming the field as the form labels it. */
    public static String formMessage(InputException e) {
        String label = e.field().replace('_', ' ');
        return Character.toUpperCase(label.charAt(0)) + label.substring(1) + ": " + e.reason();
    }

    /**
     * A form error in the page's language. The services write their reasons in English, so another
     * language names the field (by its {@code field.<name>} page text when there is one) and gives
     * the reason's {@code reason.<code>} text with the same values; a reason without a code or text
     * says the value was not accepted, and the form's labels give the limits.
     */
    public static String formMessage(InputException e, Texts texts) {
        if (texts.language() == org.crampcare.knowledge.Language.base()) {
            return formMessage(e);
        }
        String field = e.field().replaceAll("\\.[^.]*$|\\[.*$", "");
        String label = texts.has("field." + field) ? texts.get("field." + field) : e.field();
        return reason(e, texts).map(reason -> texts.f("form.reason", label, reason))
                .orElseGet(() -> texts.f("form.not-accepted", label));
    }

    /** The reason of {@code e} in the language of {@code texts}, when its code has a text there. */
    public static java.util.Optional<String> reason(InputException e, Texts texts) {
        return e.code().map(code -> "reason." + code).filter(texts::has)
                .map(key -> texts.f(key, e.values().toArray()));
    }

    /** Why a sign-in (or a password check) was refused, in the page's language. */
    public static String message(SignInException e, Texts texts) {
        return texts.get("signin." + e.reason().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Answers with an OperationOutcome of one error; {@code expression} (FHIRPath) may be null. */
    public void fhirOutcome(Context ctx, int status, String message, String expression) {
        ctx.status(status).contentType(FHIR_JSON).result(fhir.outcome(status, message, expression));
    }

    private void send(Context ctx, int status, String field, String message) {
        if (Csrf.stateless(ctx)) {
            fhirOutcome(ctx, status, message, null);
        } else if (ctx.path().startsWith("/api/")) {
            new ApiError(status, field, message).send(ctx);
        } else {
            languages.chooseIfNotYet(ctx);
            templates.render(ctx, status, "layout/error.jte", new ErrorModel(Page.forError(ctx, heading(status)), status,
                    message));
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

    /** The page-text key of an error page's heading. */
    private static String heading(int status) {
        switch (status) {
            case 404: case 403: case 400: case 429: case 503: case 413: return "error." + status;
            default: return "error.other";
        }
    }

    /**
     * The message of an error page in the page's language: the page's own words for the statuses
     * Javalin and the kit raise (no such page, wrong method, too large, expired form), else the
     * handler's message, which handlers write in the page's language.
     */
    private static String pageMessage(Texts texts, int status, String given) {
        switch (status) {
            case 403: case 404: case 405: case 413: return texts.get("error." + status + "-text");
            default: return given == null || given.isBlank() ? texts.get("error.other-text") : given;
        }
    }

    /** Whether the answer is an HTML page (not the JSON API or FHIR). */
    private static boolean isPage(Context ctx) {
        return !ctx.path().startsWith("/api/") && !Csrf.stateless(ctx);
    }

    /** The page texts of the request, choosing its language if the failure came before the choice. */
    private Texts texts(Context ctx) {
        languages.chooseIfNotYet(ctx);
        return PageLanguage.texts(ctx);
    }

    private static String messageFor(int status, String given) {
        switch (status) {
            case 404: return "There is no page or resource at this address.";
            case 405: return "This address does not accept that method.";
            case 413: return "The request body is larger than the 64 KiB this server accepts.";
            case 403: case 429: case 503: return given;
            default: return given == null || given.isBlank() ? "The request could not be handled." : given;
        }
    }
}
