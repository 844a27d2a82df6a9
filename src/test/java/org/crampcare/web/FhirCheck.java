package org.crampcare.web;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Questionnaire;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;

/**
 * HAPI's validator against base R4 and CrampCare's own code systems and Questionnaire (as the
 * server serves them), built once per test class: it takes seconds to initialise.
 *
 * <p>Collects the warnings per resource type, so the suite can print them for the report.
 */
final class FhirCheck {
    final FhirContext ctx = FhirContext.forR4();
    private final FhirValidator validator;
    private final Map<String, TreeSet<String>> warnings = new TreeMap<>();

    FhirCheck(List<String> codeSystems, String questionnaire) {
        PrePopulatedValidationSupport own = new PrePopulatedValidationSupport(ctx);
        codeSystems.forEach(json -> own.addCodeSystem(ctx.newJsonParser().parseResource(CodeSystem.class, json)));
        own.addResource(ctx.newJsonParser().parseResource(Questionnaire.class, questionnaire));
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
                own, new SnapshotGeneratingValidationSupport(ctx));
        validator = ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    /** The errors (and fatal messages) of one resource as "location: message"; warnings are kept aside. */
    List<String> errors(String json) {
        var result = validator.validateWithResult(json);
        String type = ctx.newJsonParser().parseResource(json).fhirType();
        List<String> errors = new java.util.ArrayList<>();
        for (SingleValidationMessage m : result.getMessages()) {
            String line = m.getLocationString() + ": " + m.getMessage();
            if (m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL) {
                errors.add(line);
            } else if (m.getSeverity() == ResultSeverityEnum.WARNING) {
                warnings.computeIfAbsent(type, t -> new TreeSet<>()).add(line.replaceAll("\\[\\d+\\]", "[n]"));
            }
        }
        return errors;
    }

    /** Distinct warnings by resource type (indices folded), for the log. */
    Map<String, TreeSet<String>> warnings() {
        return warnings;
    }
}
