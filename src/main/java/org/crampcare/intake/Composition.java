package org.crampcare.intake;

import java.util.Set;

/**
 * Word classes of the lexicon that small compositional patterns combine, so the reader follows
 * how people put facts together rather than a list of whole sentences.
 *
 * @param activities    events other than a cramp that numbers can belong to ("gardening for hours",
 *                      "dialysis three times a week", "stretched for 10 mins")
 * @param otherMeasures scores of something else ("power 5/5", "cholesterol 7.2")
 * @param simultaneity  cues that several places cramp at the same time ("all at once")
 * @param spreading     cues that cramps move on to further places ("spread to")
 * @param regions       body regions beyond the contract's locations ("legs", "jaw"), counted with them
 * @param settings      where a cramp happens ("at the gym", "in class"): an activity named there is
 *                      the cramp's setting, not an event a number measures
 * @param pastLeads     times that place a clause well in the past ("last year", "back in March",
 *                      "el año pasado"); never the last night or the last episode
 * @param resolutions   statements that what came before has ended ("but it went away", "not
 *                      anymore", "ya se me quitó"): with a past lead before them in the sentence,
 *                      everything from the lead to them is a resolved past fact
 * @param resolutionTails words a resolution may end with and still close its clause ("it went away
 *                      COMPLETELY", "it's gone NOW"); any other word after it means the words are
 *                      part of something else ("I can no longer bear it", "ya no aguanto")
 * @param presentMarks  words that bring a clause back to now ("still", "today", "todavía"): between
 *                      a past lead and a resolution they keep the facts, as the resolution may then
 *                      be about one thing only
 * @param ellipticalDenials a short denial standing for a whole statement ("I'm not", "no, I don't"):
 *                      right after a hypothetical sign it denies that sign ("What if I were pregnant? I'm not.")
 * @param compoundTails stems of second halves of a hyphenated compound that give a sign word another
 *                      sense ("hot-DESKING", "red-EYE"); after any other second half the sign stands
 */
record Composition(Vocabulary<Boolean> activities, Vocabulary<Boolean> otherMeasures, Vocabulary<Boolean> simultaneity,
                   Vocabulary<Boolean> spreading, Vocabulary<Boolean> regions, Vocabulary<Boolean> settings,
                   Vocabulary<Boolean> pastLeads, Vocabulary<Boolean> resolutions, Vocabulary<Boolean> resolutionTails,
                   Vocabulary<Boolean> presentMarks, Vocabulary<Boolean> ellipticalDenials,
                   Set<String> compoundTails) {
}
