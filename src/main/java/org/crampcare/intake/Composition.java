package org.crampcare.intake;

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
 */
record Composition(Vocabulary<Boolean> activities, Vocabulary<Boolean> otherMeasures, Vocabulary<Boolean> simultaneity,
                   Vocabulary<Boolean> spreading, Vocabulary<Boolean> regions, Vocabulary<Boolean> settings) {
}
