package org.crampcare.search;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a question about something the knowledge never speaks of, from what the question is about
 * rather than from lists of other subjects.
 *
 * <p>A question about cramps names its subject: a cramp, a spasm, a charley horse, a twitch (the
 * scope file's subject words, in the forms listed). A question that names none of them, nor a body
 * part the knowledge speaks of, and uses a content word the knowledge never uses (in its entries,
 * synonyms, warning-sign phrases or answer-type cues) is about that other thing: shin splints, a
 * tendon, the weather. A question that does name a cramp
 * but qualifies it with such a word ("uterine cramping", "oesophageal spasm", "eyelid twitching") is
 * about a kind of cramp the knowledge does not cover. Words that describe rather than name
 * ("terrible cramps", "crippling spasms") are not read as a kind.
 *
 * <p>Why this holds: the knowledge's own vocabulary is large (every entry's title, text, questions
 * and keywords, and the synonyms of the words people use), so a question on its subject, worded in
 * any everyday way, uses known words or names a cramp; on the project's question sets no on-topic
 * question without a subject word had a word outside that vocabulary. Spelling slips are corrected
 * towards the vocabulary before this check; short words (texting, "u", "lol"), numbers, words that
 * describe and capitalised names inside a sentence (brands, places) are never read as a subject.
 * Immutable and thread-safe.
 */
final class Unfamiliar {
    /** Words shorter than this never count as a subject: abbreviations and chat ("lol", "rn"). */
    private static final int MIN_WORD = 4;
    /** A capitalised word inside a sentence: a name (a brand, a place), which says little about the subject. */
    private static final Pattern NAME = Pattern.compile("(?<=[\\p{L},;:] )\\p{Lu}\\p{Ll}+");
    /** Endings of words that describe a cramp rather than say what kind it is. */
    private static final Pattern DESCRIBING = Pattern.compile(".*(ible|able|ful|ly|ing|ed|est|ous|ive|ish)$");

    private final TextAnalysis analysis;
    private final Set<String> known;
    private final List<List<String>> subjectWords;
    private final List<List<String>> bodyWords;

    /**
     * @param knownTexts   every text of the knowledge and its search vocabulary
     * @param subjectWords phrases naming the knowledge's own subject
     * @param bodyWords    muscles and body parts the knowledge speaks of
     */
    Unfamiliar(TextAnalysis analysis, Collection<String> knownTexts, List<String> subjectWords,
               List<String> bodyWords) {
        this.analysis = analysis;
        Set<String> stems = new HashSet<>();
        knownTexts.forEach(t -> stems.addAll(analysis.allStems(t)));
        subjectWords.forEach(t -> stems.addAll(analysis.allStems(t)));
        this.known = Set.copyOf(stems);
        this.subjectWords = subjectWords.stream().map(analysis::words).filter(p -> !p.isEmpty()).distinct().toList();
        this.bodyWords = bodyWords.stream().map(analysis::words).filter(p -> !p.isEmpty()).distinct().toList();
    }

    /**
     * Whether the (spell-corrected) question names the knowledge's subject, in one of the forms the
     * scope file lists: as written, not stemmed, because "cramped" in "a cramped flat" is no cramp.
     */
    boolean namesSubject(String corrected) {
        List<String> words = analysis.words(corrected);
        return subjectWords.stream().anyMatch(p -> Synonyms.occurs(p, words));
    }

    /**
     * Whether the question is about something the knowledge never speaks of.
     *
     * @param question  the question as asked, for its capitalised names
     * @param corrected the question with spelling slips corrected, read for its words
     */
    boolean outside(String question, String corrected) {
        Set<String> names = new HashSet<>();
        NAME.matcher(question).results().forEach(m -> names.add(m.group().toLowerCase(java.util.Locale.ROOT)));
        List<String> words = analysis.words(corrected).stream().map(w -> names.contains(w) ? "" : w).toList();
        List<String> stems = analysis.allStems(corrected);
        if (words.size() != stems.size()) {
            return false;
        }
        boolean namesSubject = false;
        for (List<String> phrase : subjectWords) {
            for (int at = 0; at + phrase.size() <= stems.size(); at++) {
                if (words.subList(at, at + phrase.size()).equals(phrase)) {
                    namesSubject = true;
                    if (at > 0 && unfamiliar(words.get(at - 1), stems.get(at - 1))
                            && !DESCRIBING.matcher(words.get(at - 1)).matches()) {
                        return true;
                    }
                }
            }
        }
        if (namesSubject || bodyWords.stream().anyMatch(p -> Synonyms.occurs(p, words))) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (unfamiliar(words.get(i), stems.get(i)) && !DESCRIBING.matcher(words.get(i)).matches()) {
                return true;
            }
        }
        return false;
    }

    private boolean unfamiliar(String word, String stem) {
        return word.length() >= MIN_WORD && !analysis.isStopWord(word) && !known.contains(stem)
                && stem.chars().noneMatch(Character::isDigit);
    }
}
