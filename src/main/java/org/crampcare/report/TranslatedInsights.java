package org.crampcare.report;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crampcare.insights.Count;
import org.crampcare.insights.FactorResult;
import org.crampcare.insights.Halves;
import org.crampcare.insights.Insights;
import org.crampcare.insights.Lag;
import org.crampcare.insights.NotEnoughData;
import org.crampcare.insights.Patterns;
import org.crampcare.insights.ReliefRank;
import org.crampcare.insights.TriggerReport;
import org.crampcare.insights.Verdict;
import org.crampcare.knowledge.Language;

/**
 * The insights with every sentence and label in the words' language, written again from their numbers.
 *
 * <p>The analysis writes its sentences in English, which the JSON API gives as they are. Pages and
 * the doctor report show this copy instead: its sentences come from the page texts
 * ({@code insights.*} in {@code knowledge/pages.yaml} and each translation), so they are translated
 * and checked like every other page text. In English the analysis' own copy is shown unchanged.
 */
public final class TranslatedInsights {
    private static final List<String> TIME_OF_DAY = List.of("night", "morning", "afternoon", "evening");
    private static final List<String> PAIN_BANDS = List.of("mild", "moderate", "severe");
    private static final List<String> DURATION_BANDS = List.of("under-1", "1-5", "5-15", "over-15");
    private static final int FEW_TRIES = 3;

    private final ReportWords words;

    private TranslatedInsights(ReportWords words) {
        this.words = words;
    }

    /** The insights in {@code words}' language: unchanged in English, written again from the numbers otherwise. */
    public static Insights of(Insights insights, ReportWords words) {
        return words.tag().equals(Language.base().tag()) ? insights : translate(insights, words);
    }

    /** The insights written again from their numbers in {@code words}' language, English included. */
    static Insights translate(Insights in, ReportWords words) {
        TranslatedInsights t = new TranslatedInsights(words);
        return new Insights(in.range(), in.cramps(), in.checkInDays(), in.firstCramp(), t.patterns(in.patterns()),
                in.whatHelps().stream().map(t::relief).toList(), t.triggers(in.triggers()));
    }

    /** A question for the provider about a factor linked with more cramps. */
    public static String linkedQuestion(FactorResult linked, ReportWords words) {
        return words.f("report.linked-question", new TranslatedInsights(words).where(linked.lag(), linked.factor()));
    }

    private Patterns patterns(Patterns p) {
        return new Patterns(banded(p.timeOfDay(), TIME_OF_DAY), weekdays(p.dayOfWeek()), worded(p.muscles(), "muscle"),
                worded(p.activities(), "activity"), p.painLevels(), banded(p.painBands(), PAIN_BANDS),
                banded(p.durationBands(), DURATION_BANDS), p.pain(), p.durationSeconds(), p.perWeek(),
                p.averagePerWeek(), p.painOverTime(), painTrend(p.painHalves()), durationTrend(p.durationHalves()),
                p.painHalves(), p.durationHalves());
    }

    private List<Count> banded(List<Count> counts, List<String> keys) {
        List<Count> out = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            out.add(new Count(words.get("insights.band." + keys.get(i)), counts.get(i).count()));
        }
        return out;
    }

    private List<Count> weekdays(List<Count> counts) {
        Locale locale = Locale.forLanguageTag(words.tag());
        List<Count> out = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            out.add(new Count(DayOfWeek.of(i + 1).getDisplayName(TextStyle.SHORT, locale), counts.get(i).count()));
        }
        return out;
    }

    private List<Count> worded(List<Count> counts, String kind) {
        return counts.stream().map(c -> new Count(word(kind, c.label()), c.count())).toList();
    }

    /** A diary word ({@code calf}) in the words' language; a word without a text stays as recorded. */
    private String word(String kind, String value) {
        String key = "word." + kind + "." + value;
        return words.has(key) ? words.get(key) : value;
    }

    private String painTrend(Halves pain) {
        return pain.comparable() ? words.f("insights.trend.pain", one(pain.first().mean()), one(pain.second().mean()))
                : words.get("insights.trend.few-pain");
    }

    private String durationTrend(Halves seconds) {
        return seconds.comparable() ? words.f("insights.trend.duration", one(seconds.first().median() / 60),
                one(seconds.second().median() / 60)) : words.get("insights.trend.few-duration");
    }

    private ReliefRank relief(ReliefRank r) {
        String name = words.has("word.relief." + r.method()) ? words.get("word.relief." + r.method())
                : ReportXhtml.words(r.method());
        String key = r.uses() == 1 ? "insights.relief.one" : r.uses() < FEW_TRIES ? "insights.relief.few"
                : "insights.relief.many";
        return new ReliefRank(r.method(), r.uses(), r.averageHelp(), r.answers(),
                words.f(key, name, r.uses(), one(r.averageHelp())));
    }

    private TriggerReport triggers(TriggerReport t) {
        return new TriggerReport(t.checkInDays(), t.testsRun(), t.linkedMore().stream().map(this::result).toList(),
                t.linkedFewer().stream().map(this::result).toList(), t.noClearLink().stream().map(this::result).toList(),
                t.notEnoughData().stream().map(this::notEnough).toList(), words.get("insights.method"));
    }

    private FactorResult result(FactorResult r) {
        String where = where(r.lag(), r.factor());
        return new FactorResult(r.factor(), label(r.factor()), r.definition(), r.lag(), r.daysWith(),
                r.crampDaysWith(), r.crampsWith(), r.daysWithout(), r.crampDaysWithout(), r.crampsWithout(),
                r.riskRatio(), r.ciLow(), r.ciHigh(), r.pValue(), r.adjustedPValue(), r.verdict(),
                sentence(r, where));
    }

    private String sentence(FactorResult r, String where) {
        if (r.riskRatio() == null) {
            return words.f("insights.result.nothing", where);
        }
        String counts = words.f("insights.result.counts", r.crampDaysWith(), r.daysWith(),
                percent(r.crampDaysWith(), r.daysWith()), r.crampDaysWithout(), r.daysWithout(),
                percent(r.crampDaysWithout(), r.daysWithout()));
        String ratio = words.f("insights.result.ratio", number(r.riskRatio()), number(r.ciLow()), number(r.ciHigh()));
        String key = r.verdict() == Verdict.LINKED_MORE ? "insights.result.more"
                : r.verdict() == Verdict.LINKED_FEWER ? "insights.result.fewer" : "insights.result.unclear";
        return words.f(key, where, counts, ratio);
    }

    private NotEnoughData notEnough(NotEnoughData n) {
        String label = label(n.factor());
        List<String> needs = new ArrayList<>();
        if (n.moreCheckInDays() > 0) {
            needs.add(words.f(n.moreCheckInDays() == 1 ? "insights.need.check-ins-one" : "insights.need.check-ins-many",
                    n.moreCheckInDays()));
        }
        if (n.moreDaysWith() > 0) {
            needs.add(words.f(n.moreDaysWith() == 1 ? "insights.need.with-one" : "insights.need.with-many",
                    n.moreDaysWith(), label));
        }
        if (n.moreDaysWithout() > 0) {
            needs.add(words.f(n.moreDaysWithout() == 1 ? "insights.need.without-one" : "insights.need.without-many",
                    n.moreDaysWithout(), label));
        }
        String joined = String.join(" " + words.get("insights.need.and") + " ", needs);
        return new NotEnoughData(n.factor(), label, n.lag(), n.daysWith(), n.daysWithout(), n.moreDaysWith(),
                n.moreDaysWithout(), n.moreCheckInDays(),
                words.f("insights.need.sentence", where(n.lag(), n.factor()), joined));
    }

    /** "on days with time in heat": the lag's words and the factor's. */
    private String where(Lag lag, String factor) {
        String phrase = words.get(lag == Lag.NEXT_DAY ? "insights.lag.next-day" : "insights.lag.same-day");
        return phrase + " " + label(factor);
    }

    /** The factor's words; every factor has them (a missing text throws, naming the key). */
    private String label(String factor) {
        return words.get("insights.factor." + factor);
    }

    private String percent(int part, int whole) {
        return whole == 0 ? words.get("insights.result.no-days") : Math.round(100.0 * part / whole) + " %";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, value >= 10 ? "%.0f" : "%.1f", value);
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
