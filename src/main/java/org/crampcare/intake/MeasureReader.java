package org.crampcare.intake;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the numeric items: pain score, episodes a week and (through {@link DurationReader}) the
 * minutes a cramp lasts.
 *
 * <p>Each keeps its highest reading in a text, and a range its upper bound: both can only raise
 * the level a careful reader would give. Rates count only where they may be the cramps' rate, so
 * "I walk every day" is not a cramp every day.
 */
final class MeasureReader {
    private static final int PAIN_WINDOW = 6;
    /** Scales people rate pain on; "3/4 of the time" is a share, not a score. */
    private static final Set<Double> PAIN_SCALES = Set.of(5.0, 10.0, 100.0);

    private final Lexicon lexicon;
    private final Numbers.NumberLinks links;
    /**
     * The rate of a period of a week. A vague count per week or longer ("a few times a week") may
     * fall either side of the frequent-cramps cut, so it is left for the interview to ask; per day
     * or night ("several times a day") it is frequent whatever the count.
     */
    private static final double WEEKLY = 1;
    private final NumberReader numbers;
    private final DurationReader durations;
    private final WeekdayReader weekdays;

    MeasureReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.links = lexicon.numbers().links();
        this.numbers = new NumberReader(lexicon.numbers(), lexicon.grammar());
        this.durations = new DurationReader(lexicon, numbers);
        this.weekdays = new WeekdayReader(lexicon);
    }

    void read(TextScan scan, Findings findings) {
        List<Token> tokens = scan.tokens();
        for (Hit<Double> rate : lexicon.numbers().frequencies().find(tokens)) {
            boolean notEvery = rate.from() > 0 && links.rateNegations().contains(tokens.get(rate.from() - 1).word());
            if (!notEvery && !scan.ignored(rate.from()) && scan.mayBeCrampRate(rate.from())) {
                findings.highest("episodes_per_week", round(rate.meaning()), Span.of(tokens, rate.from(), rate.to()));
            }
        }
        weekdays.read(scan, findings);
        for (int i = 0; i < tokens.size(); i++) {
            if (scan.ignored(i)) {
                continue;
            }
            if (scan.mayBeCrampRate(i)) {
                everyN(tokens, i, findings);
            }
            Optional<Quantity> q = numbers.at(tokens, i);
            if (q.isPresent()) {
                painScore(scan, q.get(), findings);
                if (scan.mayBeCrampRate(i)) {
                    frequency(tokens, q.get(), findings);
                }
                durations.duration(scan, q.get(), findings);
                i = Math.max(i, q.get().to() - 1);
            } else {
                durations.bareDuration(scan, i, findings);
            }
        }
    }

    private void painScore(TextScan scan, Quantity q, Findings findings) {
        List<Token> tokens = scan.tokens();
        int i = q.to();
        if (scoresSomethingElse(scan, q.from())) {
            return;
        }
        Optional<Quantity> scale = scaleAfter(tokens, q);
        if (scale.isPresent()) {
            double top = scale.get().value();
            if (PAIN_SCALES.contains(top) && q.value() <= top) {
                int score = (int) Math.ceil(q.value() * 10 / top - 1e-9);
                findings.highest("pain_score", score, Span.of(tokens, q.from(), scale.get().to()));
            }
            return;
        }
        if (q.bare() && q.value() <= 10 && q.value() == Math.rint(q.value()) && !isScale(tokens, q.from())
                && endsScore(tokens, i) && (nearPainWord(scan, q.from()) || scoreWithArticle(scan, q.from()))) {
            findings.highest("pain_score", (int) q.value(), Span.of(tokens, q.from(), q.to()));
        }
    }

    /**
     * The scale after a score: "8/10", "8 out of 10", or "6 of 10" when no count or period follows
     * (not "3 of 4 nights").
     */
    private Optional<Quantity> scaleAfter(List<Token> tokens, Quantity q) {
        int i = q.to();
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        Optional<Hit<Boolean>> strict = links.scales().longestAt(tokens, i);
        if (strict.isPresent()) {
            return strict.get().to() < tokens.size() ? numbers.at(tokens, strict.get().to()) : Optional.empty();
        }
        Optional<Hit<Boolean>> loose = links.looseScales().longestAt(tokens, i);
        if (loose.isEmpty() || !q.bare() || loose.get().to() >= tokens.size()) {
            return Optional.empty();
        }
        return numbers.at(tokens, loose.get().to()).filter(s -> s.to() >= tokens.size()
                || lexicon.numbers().countWords().longestAt(tokens, s.to()).isEmpty()
                && lexicon.numbers().periods().longestAt(tokens, s.to()).isEmpty());
    }

    /**
     * "it's a 4", "about a 5", "more like a 6": a bare number after an article, closing its phrase
     * (not "a 5 mile run"), is how people give a score without saying "pain".
     */
    private boolean scoreWithArticle(TextScan scan, int at) {
        return at > 0 && links.scoreArticles().contains(scan.tokens().get(at - 1).word());
    }

    /** "power 5/5", "cholesterol 7.2", "pain currently 3/10": a score of something else, or of now. */
    private boolean scoresSomethingElse(TextScan scan, int at) {
        List<Token> tokens = scan.tokens();
        for (int k = at - 1; k >= Math.max(0, at - 2); k--) {
            if (links.painNow().contains(tokens.get(k).word()) || !lexicon.composition().otherMeasures().at(tokens, k).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the number is the "10" of "8/10", "eight out of ten", "6 of 10" or "siete de diez". */
    private boolean isScale(List<Token> tokens, int at) {
        return links.scales().endsAt(tokens, at)
                || (at >= 2 && links.looseScales().endsAt(tokens, at)
                    && numbers.at(tokens, at - 2).filter(n -> n.to() == at - 1).isPresent());
    }

    private boolean endsScore(List<Token> tokens, int i) {
        return i >= tokens.size() || tokens.get(i).kind() == Token.Kind.PUNCTUATION
                || links.afterPainScore().contains(tokens.get(i).stem());
    }

    /** A pain word shortly before ("the pain is about a six") or after ("an 8 on the pain scale"). */
    private boolean nearPainWord(TextScan scan, int at) {
        int last = Math.min(scan.tokens().size() - 1, at + PAIN_WINDOW / 2);
        for (int k = Math.max(0, at - PAIN_WINDOW); k <= last; k++) {
            if (scan.scopes().clause(k) == scan.scopes().clause(at) && !lexicon.painWords().at(scan.tokens(), k).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** "five times in ONE day": a single unit of the period, read as "a". */
    private boolean isOne(List<Token> tokens, int at) {
        return numbers.at(tokens, at).filter(o -> o.bare() && o.value() == 1 && o.to() == at + 1).isPresent();
    }

    /** "three times a week", "two nights a week", "twice a month", "twice daily". */
    private void frequency(List<Token> tokens, Quantity q, Findings findings) {
        int i = q.to();
        Optional<Hit<Boolean>> count = i < tokens.size() ? lexicon.numbers().countWords().longestAt(tokens, i) : Optional.empty();
        if (count.isPresent()) {
            i = count.get().to();
        }
        if (count.isPresent() && outOf(tokens, q, count.get(), findings)) {
            return;
        }
        if (count.isEmpty() && clockTime(tokens, i)) {
            return;
        }
        if (i < tokens.size() && links.per().contains(tokens.get(i).word()) && i + 1 < tokens.size()) {
            Set<String> articles = lexicon.grammar().articles();
            int at = i + 1 < tokens.size() - 1 && (articles.contains(tokens.get(i + 1).word()) || isOne(tokens, i + 1))
                    && !articles.contains(tokens.get(i).word()) ? i + 2 : i + 1;
            boolean onePeriod = links.onePeriod().contains(tokens.get(i).word());
            Optional<Hit<Double>> period = lexicon.numbers().periods().longestAt(tokens, at)
                    .filter(p -> p.meaning() > WEEKLY || !DurationReader.isVague(links, tokens, q))
                    .filter(p -> !onePeriod || p.meaning() <= WEEKLY);
            period.ifPresent(p -> findings.highest("episodes_per_week", round(q.value() * p.meaning()),
                    Span.of(tokens, q.from(), p.to())));
        } else if (i < tokens.size()) {
            lexicon.numbers().frequencies().longestAt(tokens, i).filter(h -> h.length() == 1)
                    .ifPresent(h -> findings.highest("episodes_per_week", round(q.value() * h.meaning()),
                            Span.of(tokens, q.from(), h.to())));
        }
    }

    /**
     * Parts of the day that follow an hour on the clock ("3 in the morning"). Not "night" or "day":
     * "I get 3 in the night" counts cramps, and reading a count as a time would lose a rate.
     */
    private static final Set<String> CLOCK_PARTS = Set.of("morning", "afternoon", "evening", "mañana", "madrugada", "tarde");

    /**
     * Whether a number is an hour on the clock: a bare number, a link and a definite article before
     * a part of the day ("around 3 in the morning"). Why: read as a rate it would count cramps that
     * are a time; the article must not also be a number word, as "a" is, so "3 in a night" and
     * "3 times in the night" stay rates.
     */
    private boolean clockTime(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !links.per().contains(tokens.get(i).word())) {
            return false;
        }
        String article = tokens.get(i + 1).word();
        boolean definite = lexicon.grammar().articles().contains(article) && !links.notCardinal().contains(article)
                && lexicon.numbers().words().longestAt(tokens, i + 1).isEmpty();
        return definite && CLOCK_PARTS.contains(tokens.get(i + 2).word())
                && lexicon.numbers().periods().longestAt(tokens, i + 2).filter(p -> p.meaning() > WEEKLY).isPresent();
    }

    /** "4 nights out of 7" = 4 a week: the share of days or nights, times the period's rate. */
    private boolean outOf(List<Token> tokens, Quantity q, Hit<Boolean> count, Findings findings) {
        Optional<Hit<Boolean>> of = count.to() < tokens.size() ? links.scales().longestAt(tokens, count.to())
                : Optional.empty();
        if (of.isEmpty() || of.get().to() >= tokens.size()) {
            return false;
        }
        Optional<Hit<Double>> period = lexicon.numbers().periods().longestAt(tokens, count.from());
        Optional<Quantity> whole = numbers.at(tokens, of.get().to());
        if (period.isEmpty() || whole.isEmpty() || whole.get().value() < q.value() || whole.get().value() <= 0) {
            return false;
        }
        findings.highest("episodes_per_week", round(q.value() / whole.get().value() * period.get().meaning()),
                Span.of(tokens, q.from(), whole.get().to()));
        return true;
    }

    /** "every 3 days" = 7/3 a week. */
    private void everyN(List<Token> tokens, int i, Findings findings) {
        if (!links.every().contains(tokens.get(i).word()) || i + 1 >= tokens.size()) {
            return;
        }
        numbers.at(tokens, i + 1).filter(q -> q.value() > 0 && q.to() < tokens.size()).ifPresent(q ->
                lexicon.numbers().periods().longestAt(tokens, q.to()).ifPresent(p ->
                        findings.highest("episodes_per_week", round(p.meaning() / q.value()), Span.of(tokens, i, p.to()))));
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
