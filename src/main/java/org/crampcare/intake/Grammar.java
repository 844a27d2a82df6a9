package org.crampcare.intake;

import java.util.Set;

/**
 * The small function words of a language that tell where a clause or a list goes on.
 *
 * @param and        join two clauses or two list items ("and"); before a clause start, they start a
 *                   new clause as a comma does; they also close "between 5 AND 10"
 * @param afterComma after a comma, start another statement: ", and none of it helps", ", but"
 * @param list       may stand between the places of one list of cramping places: "both calves AND
 *                   MY feet"
 * @param articles   articles, skipped between a word and what it introduces ("twice A week",
 *                   "I'm A 70-year-old")
 * @param or         close a list of alternatives ("no swelling, redness OR warmth"): only such a list
 *                   carries a denial past a comma
 * @param continuers after one of these, a clause start goes on with the clause it is in ("what if MY
 *                   leg goes red"); after any other word, a subject with its verb starts a statement
 * @param subjects   pronouns that start a statement of their own after any other word ("I'm", "yo")
 * @param verbs      finite verbs (or words holding one, "I'm"): a clause start followed closely by one
 *                   is a subject with its verb ("my calf IS swollen")
 * @param opens      open a clause inside a sentence ("la verdad es QUE roja no está", "he said THAT swollen it
 *                   isn't"): a fronted denial reaches back to the word after them, as to a clause's start
 */
record Grammar(Set<String> and, Set<String> afterComma, Set<String> list, Set<String> articles, Set<String> or,
               Set<String> continuers, Set<String> subjects, Set<String> verbs, Set<String> opens) {
}
