package org.crampcare.intake;

import java.util.Set;

/**
 * The number vocabulary of the lexicon, and the small words that tie a number to what it counts.
 *
 * @param words          number words and their values ("twice" 2, "half an" 0.5)
 * @param durationUnits  seconds in one unit ("hour" 3600)
 * @param periods        episodes a week for one episode per period ("month" 0.25)
 * @param fillers        words allowed between a lead and its number ("about", "up to")
 * @param countWords     words between a count and its period ("times", "nights")
 * @param frequencies    whole phrases that give a rate in episodes a week ("every other day" 3.5)
 * @param weekdays       day names and their number in the week, for "Mon, Wed and Fri" (3 a week)
 * @param approximators  words after a number that keep it ("20-odd", "ten-ish", "5 or so")
 * @param sameDays       point back to a list of weekdays ("on those days", "esos días")
 * @param links          the small words that join numbers to what they count (see {@link NumberLinks})
 */
record Numbers(Vocabulary<Double> words, Vocabulary<Double> durationUnits, Vocabulary<Double> periods,
               Vocabulary<Boolean> fillers, Vocabulary<Boolean> countWords, Vocabulary<Double> frequencies,
               Vocabulary<Double> weekdays, Vocabulary<Boolean> approximators, Vocabulary<Boolean> sameDays,
               NumberLinks links) {

    /**
     * Small words, each a set of folded words (or stems where said), that the number readers look
     * for around a number. Kept in the lexicon because every language has its own.
     *
     * @param per              between a count and its period: "twice A week", "3 PER night"
     * @param notCardinal      number words that are not plain cardinals ("a", "once", "half"): never a
     *                         pain score nor the end of a range
     * @param rangeWords       join the two ends of a range ("2 TO 3", "five OR six")
     * @param unitRange        join a unit to a second count: "a minute OR two"
     * @param between          open a range closed by a joiner: "BETWEEN 5 and 10"
     * @param tensJoiners      between tens and units written as words ("treinta Y cinco")
     * @param scales           between a score and its scale, always: "8 / 10", "8 OUT OF 10"
     * @param looseScales      the same, only when no count or period follows: "6 OF 10", not "3 of 4 nights"
     * @param every            before a count and a period: "EVERY 3 days"
     * @param rateNegations    right before a rate phrase, unsaying it: "NOT every week"
     * @param dayJoiners       between the days of a weekday list ("Mon, Wed AND Fri")
     * @param vague            make a quantity too vague to read ("a FEW seconds")
     * @param notDurationAfter after a duration, say it is not how long a cramp lasts ("an hour AGO");
     *                         compared by word and by stem
     * @param agoLeads         before a duration, say it is a time ago ("HACE media hora"), unless the
     *                         clause says the cramp is still going
     * @param still            say the cramp is still going ("STILL locked 20 min later")
     * @param later            after a duration, a time after the start ("20 min LATER")
     * @param painNow          before a score, say it is the pain now, not at the worst ("currently")
     * @param afterPainScore   stems that may follow a bare pain score ("a 7 AT worst")
     * @param scoreArticles    before a bare number, make it a score ("it's A 4")
     * @param onePeriod        per words that name one period, not each ("LAST night", "THIS week"): a count
     *                         in it is a rate only for a week or longer ("twice last week"), since one
     *                         cramp "last night" says nothing about every night
     */
    record NumberLinks(Set<String> per, Set<String> notCardinal, Set<String> rangeWords, Set<String> unitRange,
                       Set<String> between, Set<String> tensJoiners, Vocabulary<Boolean> scales,
                       Vocabulary<Boolean> looseScales, Set<String> every, Set<String> rateNegations,
                       Set<String> dayJoiners, Set<String> vague, Set<String> notDurationAfter, Set<String> agoLeads,
                       Set<String> still, Set<String> later, Set<String> painNow, Set<String> afterPainScore,
                       Set<String> scoreArticles, Set<String> onePeriod) {
    }
}
