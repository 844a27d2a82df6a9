package org.crampcare.web.diary;

import java.util.List;
import java.util.Map;
import org.crampcare.web.kit.OptionModel;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.SourceLink;

/**
 * The view models of the diary pages, as nested records so the whole set is in one short file.
 *
 * <p>Public because the precompiled templates live in another package. Every value is already
 * formatted for display.
 */
public final class DiaryModels {
    private DiaryModels() {
    }

    /** One cramp in a list: the person's local time, muscles and a short summary of the details. */
    public record CrampRow(long id, String when, String muscles, String details) {
    }

    /** A triage rule the diary meets, with its explanation and sources. */
    public record Warning(String rule, String level, String explanation, String finding, List<SourceLink> sources) {
    }

    /**
     * The diary page: "log a cramp now", warnings, the latest cramps.
     *
     * @param owner the account's number, which marks the cramps this device keeps while offline as this
     *              person's (see {@code diary.js})
     */
    public record Home(Page page, List<OptionModel> muscles, List<Warning> warnings, List<CrampRow> recent,
                       String owner) {
    }

    /** "Log a cramp now" for use without a connection: the same buttons, nothing about any person. */
    public record OfflineLog(Page page, List<OptionModel> muscles) {
    }

    /** The list of cramps with the filter form (dates and muscle are posted, not put in the URL). */
    public record CrampList(Page page, String from, String to, List<OptionModel> muscles, List<CrampRow> rows,
                            String error) {
    }

    /** How much one remedy helped, as chosen in the form ("" means not tried). */
    public record ReliefChoice(String value, String label, String amount) {
    }

    /** The form to add details to a cramp or change them. */
    public record CrampForm(Page page, long id, String when, String zone, List<OptionModel> muscles,
                            List<OptionModel> sides, List<OptionModel> activities, List<ReliefChoice> relief,
                            String minutes, String pain, String note, String error, String notice) {
    }

    /** The daily check-in form; numbers and yes/no answers keyed by their field name ("" = not answered). */
    public record CheckInForm(Page page, String date, List<OptionModel> exercise, List<OptionModel> sleep,
                              Map<String, String> numbers, Map<String, String> flags, String note, String error,
                              String notice) {
    }

    /** One saved assessment in the history. */
    public record AssessmentRow(long id, String when, String level, String rules) {
    }

    /** The assessment history. */
    public record Assessments(Page page, List<AssessmentRow> rows) {
    }

    /** The "your data" page: export, import (with the error naming row and column), delete everything. */
    public record YourData(Page page, String csv, String error, String notice) {
    }
}
