package org.crampcare.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crampcare.diary.CheckIn;
import org.crampcare.diary.CrampEntry;
import org.crampcare.diary.SavedAssessment;

/**
 * What goes into a person's FHIR diary export: the entries of one period and the doctor report of
 * the same period.
 *
 * @param name       the name the person typed for this export, or null: the Patient resource then
 *                   carries nothing about them
 * @param reportPdf  the doctor report of the period as PDF bytes
 * @param exportedAt when the export was made
 */
public record DiaryExport(LocalDate from, LocalDate to, List<CrampEntry> cramps, List<CheckIn> checkIns,
                          List<SavedAssessment> assessments, byte[] reportPdf, String name, Instant exportedAt) {
    public DiaryExport {
        cramps = List.copyOf(cramps);
        checkIns = List.copyOf(checkIns);
        assessments = List.copyOf(assessments);
    }
}
