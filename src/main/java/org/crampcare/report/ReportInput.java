package org.crampcare.report;

import java.time.LocalDate;
import java.util.List;
import org.crampcare.insights.CheckInRecord;
import org.crampcare.insights.CrampRecord;
import org.crampcare.insights.DateRange;

/**
 * What a doctor report is made from: the period the person picked and their diary, as plain records.
 *
 * @param range        the period to report on
 * @param cramps       all the person's cramps (earlier ones only give the date of the first cramp)
 * @param checkIns     the person's check-ins
 * @param assessments  saved assessments to list in the history
 * @param medicines    medicines the person noted
 * @param conditions   conditions the person noted
 * @param questions    the person's questions for the provider
 * @param generatedOn  the day the report is made, printed on it
 */
public record ReportInput(DateRange range, List<CrampRecord> cramps, List<CheckInRecord> checkIns,
                          List<AssessmentRecord> assessments, List<String> medicines, List<String> conditions,
                          List<String> questions, LocalDate generatedOn) {
    public ReportInput {
        cramps = List.copyOf(cramps);
        checkIns = List.copyOf(checkIns);
        assessments = List.copyOf(assessments);
        medicines = List.copyOf(medicines);
        conditions = List.copyOf(conditions);
        questions = List.copyOf(questions);
    }
}
