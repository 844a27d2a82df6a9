package org.crampcare.intake;

import java.util.Set;

/**
 * Words that tell whose facts a stretch of text gives, beyond the person words themselves.
 *
 * <p>Another person's scope opens at a mention and closes where the writer speaks again; these
 * words say where a mention only names whose someone is ("el abuelo DE mis hijos": the grandfather
 * is the person, the children only say whose), where a mention only describes a thing ("the bottle
 * WHERE my brother kept the weedkiller": the weedkiller is the writer's exposure), and which words
 * carry the other person's topic on ("se LE duerme", "her leg, IT blew up").
 *
 * @param possessors words between a person and the person who owns them ("of", "de")
 * @param places     relative words after which a person only describes a thing of the main clause
 * @param pronouns   third-person words that can only mean another person, with no sex ("le", "a él")
 * @param topic      words that carry the topic on within a sentence but may also mean the writer's
 *                   thing ("it", "they"): a red flag after them is asked, never dropped
 * @param resumes    words that, right after a comma, go on about the other person ("my dad is 80, HE
 *                   has..."); after any other word a comma ends that person's stretch
 * @param adjectives words that may stand between a determiner and a person word ("my LATE husband",
 *                   "mi DIFUNTO esposo", "my POOR OLD mum"): the person is still named
 * @param feelings   words that, right after a word about the writer, make that clause only a feeling
 *                   ("and now I'm FREAKING out", "me PREOCUPA"): it does not put the writer in the
 *                   other person's exposure
 * @param reports    words of telling or noticing right after a pronoun ("she SAYS", "he NOTICED", "ella
 *                   DICE"): such a sentence reports what the other person saw, often on the writer's body
 *                   ("My sister checked. She said the calf is hot"), so it does not go on about them
 */
record PersonLinks(Set<String> possessors, Set<String> places, Vocabulary<Boolean> pronouns,
                   Vocabulary<Boolean> topic, Set<String> resumes, Set<String> adjectives,
                   Set<String> feelings, Set<String> reports) {

    /** No links: a lexicon without a {@code people.links} section. */
    static PersonLinks none() {
        Vocabulary<Boolean> empty = new Vocabulary.Builder<Boolean>().build();
        return new PersonLinks(Set.of(), Set.of(), empty, empty, Set.of(), Set.of(), Set.of(), Set.of());
    }
}
