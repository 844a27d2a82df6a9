package org.crampcare.fhir;

import java.util.Date;
import java.util.Map;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/** The server's CapabilityStatement ({@code GET /fhir/metadata}): everything the FHIR routes offer. */
final class Capabilities {
    static final String NEXT_QUESTION = "http://hl7.org/fhir/uv/sdc/OperationDefinition/Questionnaire-next-question";
    static final String ASSESS = Canonical.BASE + "/OperationDefinition/QuestionnaireResponse-assess";

    private Capabilities() {
    }

    static CapabilityStatement of(String policyVersion, Map<String, CodeSystem> codeSystems, Date date) {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setName("CrampCareFhir");
        cs.setTitle("CrampCare FHIR interface");
        cs.setDate(date);
        cs.setPublisher("CrampCare");
        cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        cs.getSoftware().setName("CrampCare").setVersion("triage policy " + policyVersion);
        cs.getImplementation().setDescription("CrampCare: triage, self-care and a diary for muscle cramps");
        cs.setFhirVersion(FHIRVersion._4_0_1);
        cs.addFormat("application/fhir+json");
        cs.addFormat("json");
        CapabilityStatementRestComponent rest = cs.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Stateless: no cookies and no sign-in. The interview as a Questionnaire generated from "
                + "CrampCare's knowledge files, its adaptive form (SDC $next-question), the triage of a "
                + "QuestionnaireResponse as a RiskAssessment ($assess), and CrampCare's code systems ("
                + String.join(", ", codeSystems.keySet()) + "). A signed-in person's diary is exported as a "
                + "collection Bundle at /api/v1/diary/export?format=fhir (session cookie or Bearer token), outside "
                + "this stateless base.");
        read(rest, "Questionnaire", "Only Questionnaire/" + Canonical.QUESTIONNAIRE_ID + ", the whole interview.")
                .addOperation().setName("next-question").setDefinition(NEXT_QUESTION)
                .setDocumentation("POST a QuestionnaireResponse (bare, or as the questionnaire-response parameter); "
                        + "it comes back with the next question in its contained Questionnaire, or completed.");
        CapabilityStatementRestResourceComponent responses = rest.addResource().setType("QuestionnaireResponse");
        responses.setDocumentation("Not stored.");
        responses.addOperation().setName("assess").setDefinition(ASSESS)
                .setDocumentation("POST a QuestionnaireResponse whose linkIds are item ids; returns a RiskAssessment "
                        + "whose prediction[0].qualitativeRisk is the triage level.");
        read(rest, "CodeSystem", "CrampCare's code systems: " + String.join(", ", codeSystems.keySet()) + ".");
        return cs;
    }

    private static CapabilityStatementRestResourceComponent read(CapabilityStatementRestComponent rest, String type,
                                                                  String documentation) {
        CapabilityStatementRestResourceComponent r = rest.addResource().setType(type).setDocumentation(documentation);
        r.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
        return r;
    }
}
