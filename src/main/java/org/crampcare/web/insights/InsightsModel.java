package org.crampcare.web.insights;

import java.util.List;
import java.util.Locale;
import org.crampcare.insights.FactorResult;
import org.crampcare.insights.Insights;
import org.crampcare.insights.Lag;
import org.crampcare.insights.NotEnoughData;
import org.crampcare.report.Chart;
import org.crampcare.web.kit.Page;

/**
 * The insights page: the period form, the analysis and its four charts.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param page      the layout's needs
 * @param from      the period's first day as typed (shown again in the form)
 * @param to        the period's last day as typed
 * @param error     what is wrong with the typed period, or null
 * @param insights  the analysis of the period
 * @param charts    cramps per week, time of day, by muscle, pain over time
 */
public record InsightsModel(Page page, String from, String to, String error, Insights insights, List<Chart> charts) {
    public InsightsModel {
        charts = List.copyOf(charts);
    }

    /** The most check-in days any factor still needs before it can be compared, 0 when none. */
    public int moreCheckInDays() {
        return insights.triggers().notEnoughData().stream().mapToInt(NotEnoughData::moreCheckInDays).max().orElse(0);
    }

    /** The corrected p-value of a comparison in plain words. */
    public String chance(FactorResult r) {
        String p = r.adjustedPValue() < 0.001 ? page.t("insights.p-below")
                : String.format(Locale.ROOT, "%.3f", r.adjustedPValue());
        return page.texts().f("insights.chance", insights.triggers().testsRun(), p) + " "
                + page.t(r.adjustedPValue() < 0.05 ? "insights.chance-low" : "insights.chance-high");
    }

    /** The factor and lag as a short heading, e.g. "Time in heat: the night or day after". */
    public String factor(FactorResult r) {
        String label = Character.toUpperCase(r.label().charAt(0)) + r.label().substring(1);
        return label + page.t(r.lag() == Lag.NEXT_DAY ? "insights.next-day" : "insights.same-day");
    }

    /** A ratio with two digits below 1 (so 0.05 does not read as 0.0) and one digit above, or "not available". */
    public String ratio(Double value) {
        if (value == null) {
            return page.t("insights.not-available");
        }
        return String.format(Locale.ROOT, value < 1 ? "%.2f" : "%.1f", value);
    }

    /** A decimal number with one digit after the point. */
    public String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A duration in seconds as minutes and seconds, or "not recorded". */
    public String duration(Double seconds) {
        if (seconds == null) {
            return page.t("insights.not-recorded");
        }
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }
}
