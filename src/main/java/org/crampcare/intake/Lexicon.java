package org.crampcare.intake;

import java.util.Map;
import java.util.Set;

/**
 * The compiled, validated lexicon of one language ({@code knowledge/lexicon.yaml} for English,
 * {@code lexicon.es.yaml} for Spanish): immutable and shareable.
 *
 * @param forms            how the language's words are folded and stemmed
 * @param phrases          item phrases and ignored phrases
 * @param cues             ConText cues, clause breaks and scope terminators
 * @param clauseStarts     words that start a new clause after a comma or "and"
 * @param firstPerson      words that speak of the writer ("I", "my"); they end another person's scope
 * @param crampWords       words saying a cramp is described, anchoring body parts as cramp sites
 * @param durationLeads    words before a number that make it a cramp's duration ("lasts")
 * @param weakDurationLeads such words that count only in a clause about a cramp ("for")
 * @param painWords        words that make a nearby bare number a pain score
 * @param contrastNegation "but I've got none" after another person's symptom
 * @param determiners      stems before a person word that make it a person ("my", "our")
 * @param people           person words
 * @param pronounSex       third-person pronoun stems and the sex they imply
 * @param selfLeads        words introducing the writer ("I'm", "as a")
 * @param selfSex          words giving the writer's sex after a lead
 * @param ageFollowers     stems that may follow "I'm 70" when 70 is an age
 * @param ages             words that make a number someone's age
 * @param numbers          number words and the small words around numbers
 * @param grammar          function words: joiners and articles
 * @param composition      word classes the small compositional patterns combine
 * @param spelling         shorthand and spelling slips, read as the lexicon's words
 * @param proxyReports     words that make a text a caregiver's report about a named adult
 * @param indefinites      stems before an adult's person word that make it someone else ("a colleague",
 *                         "another friend"), though never the writer's own report
 * @param personLinks      words that tell whose facts a stretch gives: possessors, places, pronouns, topic
 */
record Lexicon(WordForms forms, Vocabulary<Sense> phrases, Vocabulary<CueKind> cues, WordSet clauseStarts,
               WordSet firstPerson, Vocabulary<Boolean> crampWords, Vocabulary<Boolean> durationLeads,
               Vocabulary<Boolean> weakDurationLeads, Vocabulary<Boolean> painWords,
               Vocabulary<Boolean> contrastNegation, Set<String> determiners, Vocabulary<PersonGroup> people,
               Map<String, String> pronounSex, Vocabulary<Boolean> selfLeads, Vocabulary<String> selfSex,
               Set<String> ageFollowers, AgeWords ages, Numbers numbers, Grammar grammar,
               Composition composition, TextSpelling spelling, ProxyReports proxyReports,
               Set<String> indefinites, PersonLinks personLinks) {
}
