package org.crampcare.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plain sentences for trigger results: "linked with", never "causes".
 */
final class Wording {
    private Wording() {
    }

    /** The sentence for a finished comparison. */
    static String result(Tally t, RiskRatio rr, Verdict verdict) {
        String where = t.lag.phrase() + " " + t.factor.label();
        String counts = String.format(Locale.ROOT, "a cramp on %d of %d days (%s) against %d of %d other days (%s)",
                t.crampDaysWith, t.daysWith, percent(t.crampDaysWith, t.daysWith), t.crampDaysWithout,
                t.daysWithout, percent(t.crampDaysWithout, t.daysWithout));
        if (rr.estimate() == null) {
            return "No cramps " + where + " or on other days, so there is nothing to compare yet.";
        }
        String ratio = String.format(Locale.ROOT, "%s times as often (95 %% confidence interval %s to %s)",
                number(rr.estimate()), number(rr.low()), number(rr.high()));
        switch (verdict) {
            case LINKED_MORE:
                return capitalise("more cramps " + where) + ": " + counts + ", about " + ratio
                        + ". This is a link in your diary, not proof that it causes cramps.";
            case LINKED_FEWER:
                return capitalise("fewer cramps " + where) + ": " + counts + ", about " + ratio
                        + ". This is a link in your diary, not proof that it prevents cramps.";
            default:
                return "No clear link " + where + " yet: " + counts + ". A difference this size could be chance.";
        }
    }

    /** The sentence for a factor that still needs more days. */
    static String notEnough(Factor factor, Lag lag, int moreWith, int moreWithout, int moreCheckIns) {
        List<String> needs = new ArrayList<>();
        if (moreCheckIns > 0) {
            needs.add(moreCheckIns + " more check-in " + days(moreCheckIns));
        }
        if (moreWith > 0) {
            needs.add(moreWith + " more " + days(moreWith) + " with " + factor.label());
        }
        if (moreWithout > 0) {
            needs.add(moreWithout + " more " + days(moreWithout) + " without " + factor.label());
        }
        return "Not enough data yet to compare cramps " + lag.phrase() + " " + factor.label() + ": needs "
                + String.join(" and ", needs) + ".";
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "no days" : Math.round(100.0 * part / whole) + " %";
    }

    static String number(double value) {
        return String.format(Locale.ROOT, value >= 10 ? "%.0f" : "%.1f", value);
    }

    private static String days(int n) {
        return n == 1 ? "day" : "days";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
