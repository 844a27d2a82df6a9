package org.crampcare.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import java.util.UUID;
import org.crampcare.diary.SavedAssessment;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.triage.AssessmentJson;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A person's diary as a FHIR collection Bundle: a Patient with only what the person chose to add,
 * each cramp and check-in as an Observation ({@link DiaryObservations}), each saved assessment as a
 * RiskAssessment, and the doctor report as a DocumentReference with the PDF attached.
 *
 * <p>Entries reference each other by {@code urn:uuid} full URLs, so the bundle stands alone; a
 * clinic's system matches the Patient to its own record when it imports it.
 */
final class DiaryBundle {
    private final KnowledgeBase knowledge;
    private final DiaryObservations observations;
    private final RiskAssessments riskAssessments;

    DiaryBundle(KnowledgeBase knowledge, BodySites bodySites, RiskAssessments riskAssessments) {
        this.knowledge = knowledge;
        this.observations = new DiaryObservations(knowledge, bodySites);
        this.riskAssessments = riskAssessments;
    }

    Bundle of(DiaryExport export) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(export.exportedAt()));
        bundle.getIdentifier().setSystem("urn:ietf:rfc:3986").setValue(urn());
        Patient patient = new Patient();
        patient.getText().setStatus(org.hl7.fhir.r4.model.Narrative.NarrativeStatus.GENERATED)
                .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">The person whose CrampCare diary this is"
                        + " (only what they chose to add is given here).</div>");
        if (export.name() != null && !export.name().isBlank()) {
            patient.addName().setText(export.name().strip());
        }
        Reference subject = add(bundle, patient);
        export.cramps().forEach(c -> add(bundle, observations.cramp(c, subject)));
        export.checkIns().forEach(c -> add(bundle, observations.checkIn(c, subject)));
        for (SavedAssessment a : export.assessments()) {
            add(bundle, riskAssessments.of(a.level(), a.ruleIds(), complete(a), subject, Date.from(a.takenAt())));
        }
        if (export.reportPdf() != null) {
            add(bundle, report(export, subject));
        }
        return bundle;
    }

    private DocumentReference report(DiaryExport export, Reference subject) {
        DocumentReference doc = new DocumentReference();
        doc.setStatus(DocumentReferenceStatus.CURRENT);
        doc.setType(new CodeableConcept().setText("CrampCare cramp diary report for a doctor"));
        doc.setSubject(subject);
        doc.setDate(Date.from(export.exportedAt()));
        doc.setDescription("Cramps, check-ins, patterns and saved assessments from " + export.from() + " to "
                + export.to() + ", with questions for the provider (triage policy " + knowledge.policyVersion() + ").");
        doc.getContext().setPeriod(new Period().setStartElement(new DateTimeType(export.from().toString()))
                .setEndElement(new DateTimeType(export.to().toString())));
        Attachment pdf = new Attachment().setContentType("application/pdf").setData(export.reportPdf())
                .setTitle("crampcare-report-" + export.from() + "-to-" + export.to() + ".pdf")
                .setCreationElement(new DateTimeType(Date.from(export.exportedAt())));
        pdf.setSize(export.reportPdf().length);
        doc.addContent().setAttachment(pdf);
        return doc;
    }

    /** Whether the saved result was complete; a stored result that does not say counts as not complete. */
    private static boolean complete(SavedAssessment a) {
        try {
            JsonNode root = AssessmentJson.mapper().readTree(a.resultJson());
            return root.path("complete").asBoolean(false);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored assessment " + a.id() + " is not valid JSON", e);
        }
    }

    private static Reference add(Bundle bundle, Resource resource) {
        String url = urn();
        bundle.addEntry().setFullUrl(url).setResource(resource);
        return new Reference(url);
    }

    private static String urn() {
        return "urn:uuid:" + UUID.randomUUID();
    }
}
