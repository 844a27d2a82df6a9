package org.crampcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.RiskAssessment;

/**
 * HAPI FHIR's R4 context, built once, on first use.
 *
 * <p>Building the context and scanning the model classes takes about a second, so it is kept off
 * the start-up path: the server opens its port first and {@link FhirService#warmUpInBackground} builds it a little
 * later; a request that comes earlier builds it (or waits for it). Parsing is strict
 * (an unknown element is an error, not silently dropped), so bad input is refused, not half-read.
 */
public final class FhirRuntime {
    private static final List<Class<? extends IBaseResource>> USED = List.of(Questionnaire.class,
            QuestionnaireResponse.class, Parameters.class, RiskAssessment.class, OperationOutcome.class,
            CodeSystem.class, CapabilityStatement.class, Bundle.class, Observation.class, Patient.class,
            DocumentReference.class);
    private volatile FhirContext context;

    /** The context, built on the first call; later calls return the same instance. */
    FhirContext context() {
        FhirContext built = context;
        if (built == null) {
            synchronized (this) {
                if (context == null) {
                    context = build();
                }
                built = context;
            }
        }
        return built;
    }

    /** A new JSON parser (parsers are cheap and not thread-safe), pretty-printing and strict. */
    IParser json() {
        return context().newJsonParser().setPrettyPrint(true);
    }

    /** The resource as FHIR JSON. */
    String encode(IBaseResource resource) {
        return json().encodeResourceToString(resource);
    }

    private static FhirContext build() {
        FhirContext ctx = FhirContext.forR4();
        ctx.setParserErrorHandler(new StrictErrorHandler());
        USED.forEach(ctx::getResourceDefinition);
        return ctx;
    }
}
