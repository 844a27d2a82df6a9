package org.crampcare.intake;

/**
 * The number vocabulary of the lexicon.
 *
 * @param words         number words and their values ("twice" 2, "half an" 0.5)
 * @param durationUnits minutes in one unit ("hour" 60)
 * @param periods       episodes a week for one episode per period ("month" 12/52)
 * @param fillers       words allowed between a lead and its number ("about", "up to")
 * @param countWords    words between a count and its period ("times", "nights")
 * @param frequencies   whole phrases that give a rate in episodes a week ("every other day" 3.5)
 * @param weekdays      day names and their number in the week, for "Mon, Wed and Fri" (3 a week)
 * @param approximators words after a number that keep it ("20-odd", "ten-ish", "5 or so")
 */
record Numbers(Vocabulary<Double> words, Vocabulary<Double> durationUnits, Vocabulary<Double> periods,
               Vocabulary<Boolean> fillers, Vocabulary<Boolean> countWords, Vocabulary<Double> frequencies,
               Vocabulary<Double> weekdays, Vocabulary<Boolean> approximators) {
}
