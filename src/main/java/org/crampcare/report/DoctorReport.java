package org.crampcare.report;

import java.time.LocalDate;
import java.util.List;
import org.crampcare.insights.Insights;

/**
 * A summary of a period of the diary for a health-care provider; immutable and ready for JSON.
 *
 * @param generatedOn       the day the report was made
 * @param about             what CrampCare is, and that this is not a diagnosis
 * @param insights          the period's patterns, what helps and possible triggers
 * @param recentNotes       the most recent cramp notes, newest first
 * @param medicines         medicines the person noted
 * @param conditions        conditions the person noted
 * @param medicineChanges   days in the period when the person started or changed a medicine
 * @param assessments       saved assessments, oldest first
 * @param questions         the person's questions for the provider
 * @param charts            cramps per week, time of day, by muscle, pain over time
 */
public record DoctorReport(LocalDate generatedOn, String about, Insights insights, List<NoteEntry> recentNotes,
                           List<String> medicines, List<String> conditions, List<NoteEntry> medicineChanges,
                           List<AssessmentRecord> assessments, List<String> questions, List<Chart> charts) {
    public DoctorReport {
        recentNotes = List.copyOf(recentNotes);
        medicines = List.copyOf(medicines);
        conditions = List.copyOf(conditions);
        medicineChanges = List.copyOf(medicineChanges);
        assessments = List.copyOf(assessments);
        questions = List.copyOf(questions);
        charts = List.copyOf(charts);
    }
}
