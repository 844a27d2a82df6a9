package org.crampcare.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.crampcare.triage.Confirmation;
import org.crampcare.triage.TextEvidence;
import org.crampcare.triage.TextReading;

/**
 * Decides whether a text that opens with another adult's cramps is about that adult or the writer.
 *
 * <p>The adult named in the first sentence ({@link People#openingAdult}) is the patient unless the
 * writer also speaks of cramps or signs of their own: a cramp word or a fact read for the writer in a
 * sentence that has a word about the writer which is not just the "my" of "my husband" ("MY calf", "I get them",
 * "Mine are only at night", "a MÍ ME da"). Why: a carer's report ("My husband has had a cramp in his
 * calf for an hour. He can't stand it") read as someone else's story dropped every red flag the carer
 * gave (hazard H-20); a writer who speaks of their own cramps beside a relative's ("My sister gets
 * cramps all over. Mine are only in my calves") stays the patient, and the relative another person.
 *
 * <p>When it is unclear (the writer says nothing of their own, the relative only appears as context:
 * "My wife had a DVT last year, should I worry?"), the relative is read as the patient: their facts
 * then set answers, which errs towards over-triage; the other way silences a real patient's red flag.
 */
final class WhoseText {
    /** Items that describe the writer, not their cramps: a writer who gives only these speaks of no cramps. */
    private static final Set<String> ABOUT_THE_WRITER = Set.of("age", "sex");
    /** The item of body parts: a part named in the writer's own sentence is the writer's ("a twinge in MY thigh"). */
    private static final String LOCATIONS = "locations";

    private WhoseText() {
    }

    /**
     * Whether the writer speaks of cramps of their own: a cramp word or a body part not in another
     * person's stretch ("I've had a twinge in my THIGH", "Yo tuve uno ayer en el PIE") in a sentence
     * with a word about the writer ("Should I worry about MY cramps?"), or a fact of the writer's own
     * reading ({@code own}, read with no reported person) in a clause with a word about the writer and
     * none about the other person ("MINE are in my calves"; but "I managed to get HER toes pulled back
     * and it went after 15 minutes" is the carer's help, not the carer's cramp).
     */
    static boolean writerSpeaksOfOwn(Lexicon lexicon, List<Token> tokens, Scopes scopes, TextReading own) {
        boolean[] naming = People.namingWords(lexicon, tokens);
        int last = tokens.size() - 1;
        boolean[] ownSentence = new boolean[tokens.isEmpty() ? 0 : scopes.sentence(last) + 1];
        boolean[] ownClause = new boolean[tokens.isEmpty() ? 0 : scopes.clause(last) + 1];
        boolean[] mentionsThem = new boolean[ownClause.length];
        for (Hit<Boolean> pronoun : lexicon.personLinks().pronouns().find(tokens)) {
            mentionsThem[scopes.clause(pronoun.from())] = true;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (lexicon.pronounSex().containsKey(tokens.get(i).stem())) {
                mentionsThem[scopes.clause(i)] = true;
            }
            if (!naming[i] && lexicon.firstPerson().has(tokens.get(i)) && !Scopes.someoneElse(scopes.silenced(i))) {
                ownSentence[scopes.sentence(i)] = true;
                ownClause[scopes.clause(i)] = true;
            }
        }
        for (Hit<Boolean> cramp : lexicon.crampWords().find(tokens)) {
            if (ownSentence[scopes.sentence(cramp.from())] && !Scopes.someoneElse(scopes.silenced(cramp.from()))) {
                return true;
            }
        }
        for (Hit<Sense> part : lexicon.phrases().find(tokens)) {
            int at = part.from();
            if (LOCATIONS.equals(part.meaning().item()) && ownSentence[scopes.sentence(at)]
                    && !Scopes.someoneElse(scopes.silenced(at)) && !theirs(lexicon, tokens, at)) {
                return true;
            }
        }
        for (TextEvidence e : own.evidence()) {
            int at = tokenAt(tokens, e.start());
            if (!ABOUT_THE_WRITER.contains(e.item()) && at >= 0 && ownClause[scopes.clause(at)]
                    && !mentionsThem[scopes.clause(at)]) {
                return true;
            }
        }
        return false;
    }


    /**
     * Whether a word just before the body part at {@code at} points to another person ("his thigh", "HER
     * legs", "SUS pies"): the writer's sentence then speaks of that person's body, not their own.
     */
    private static boolean theirs(Lexicon lexicon, List<Token> tokens, int at) {
        for (int k = Math.max(0, at - 2); k < at; k++) {
            String word = tokens.get(k).word();
            if (lexicon.personLinks().resumes().contains(word) || lexicon.pronounSex().containsKey(tokens.get(k).stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The writer's reading with every red flag that {@code theirs}, the opening adult's reading, sets
     * true and the writer's reading leaves open added to what is asked, quoting the words. Why: "My mum
     * is 81 and her whole body is cramping. I have cramps as well" is the writer's text, but a carer
     * may be writing for the mum; asking costs one question, dropping may miss an emergency.
     */
    static TextReading askingTheirRedFlags(TextReading own, TextReading theirs, Predicate<String> redFlag) {
        List<Confirmation> asked = new ArrayList<>(own.toConfirm());
        for (TextEvidence e : theirs.evidence()) {
            boolean open = !own.answers().containsKey(e.item())
                    && asked.stream().noneMatch(c -> c.item().equals(e.item()));
            if (open && Boolean.TRUE.equals(e.value()) && redFlag.test(e.item())) {
                asked.add(new Confirmation(e.item(), e.quote()));
            }
        }
        return new TextReading(own.answers(), own.evidence(), asked, own.language());
    }

    /**
     * The index of the token that covers or follows a character offset, or -1 past the end. A binary
     * search: the tokens are in text order, and it runs once per fact read.
     */
    private static int tokenAt(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() > offset) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low < tokens.size() ? low : -1;
    }
}
