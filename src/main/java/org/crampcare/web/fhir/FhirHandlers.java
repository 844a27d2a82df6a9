package org.crampcare.web.fhir;

import io.javalin.http.Context;
import java.util.Locale;
import org.crampcare.fhir.FhirInputException;
import org.crampcare.fhir.FhirService;
import org.crampcare.web.kit.Errors;
import org.crampcare.web.kit.Metrics;

/**
 * The stateless FHIR routes under {@code /fhir}: metadata, the Questionnaire, the code systems,
 * {@code $next-question} and {@code $assess}.
 *
 * <p>No cookie is read or set and no CSRF token is needed ({@code Csrf.STATELESS}); a POST must be
 * {@code application/fhir+json} or {@code application/json} (else 415), which a plain HTML form cannot
 * send. Bad input answers 400 with an OperationOutcome naming the linkId; nothing is stored.
 */
public final class FhirHandlers {
    private final FhirService fhir;
    private final Errors errors;
    private final Metrics metrics;

    /** The routes on {@code fhir}, counting each {@code $assess} result by level in {@code metrics}. */
    public FhirHandlers(FhirService fhir, Errors errors, Metrics metrics) {
        this.fhir = fhir;
        this.errors = errors;
        this.metrics = metrics;
    }

    /** GET /fhir/metadata. */
    public void metadata(Context ctx) {
        send(ctx, fhir.capabilityStatement());
    }

    /** GET /fhir/Questionnaire/{id}: only the assessment exists. */
    public void questionnaire(Context ctx) {
        if (!"crampcare-assessment".equals(ctx.pathParam("id"))) {
            notFound(ctx, "Questionnaire");
            return;
        }
        send(ctx, fhir.questionnaire());
    }

    /** GET /fhir/CodeSystem/{id}. */
    public void codeSystem(Context ctx) {
        fhir.codeSystem(ctx.pathParam("id")).ifPresentOrElse(json -> send(ctx, json), () -> notFound(ctx, "CodeSystem"));
    }

    /** POST /fhir/Questionnaire/$next-question. */
    public void nextQuestion(Context ctx) {
        if (acceptable(ctx)) {
            send(ctx, fhir.nextQuestion(ctx.body()));
        }
    }

    /** POST /fhir/QuestionnaireResponse/$assess. */
    public void assess(Context ctx) {
        if (acceptable(ctx)) {
            send(ctx, fhir.assess(ctx.body(), metrics::assessed));
        }
    }

    /** Exception handler: 400 with an OperationOutcome that names the linkId and what was expected. */
    public void badInput(FhirInputException e, Context ctx) {
        errors.fhirOutcome(ctx, 400, e.getMessage(), e.expression());
    }

    private boolean acceptable(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/fhir+json") || type.startsWith("application/json")) {
            return true;
        }
        errors.fhirOutcome(ctx, 415, "Send the body as application/fhir+json (or application/json).", null);
        return false;
    }

    private void notFound(Context ctx, String type) {
        errors.fhirOutcome(ctx, 404, "There is no " + type + " with the id '" + ctx.pathParam("id") + "' on this server.", null);
    }

    private static void send(Context ctx, String json) {
        ctx.status(200).contentType(Errors.FHIR_JSON).result(json);
    }
}
