package org.crampcare.intake;

import java.util.List;

/**
 * Where another person's stretch ends: the word about the writer, the comma or the clause start
 * that goes back to the writer ("my husband has swelling, cramps all over MY body").
 *
 * <p>Kept apart from {@link Scopes}, which silences the stretch, because these are word-level rules
 * that read only the lexicon and the tokens. A stretch that ran on silenced the writer's own
 * emergency signs (hazard H-03), so each rule errs towards ending it early.
 */
final class PersonStretch {
    private PersonStretch() {
    }

    /**
     * Whether the stretch of another person that starts at {@code from} ends at token {@code j}: a word
     * about the writer (not the "mine" of "a friend of mine"), a new clause after a comma, a clause
     * start right before a word about the writer, or a comma that leaves the person.
     */
    static boolean endsAt(Lexicon lexicon, List<Token> tokens, int from, int j) {
        boolean ofMine = j == from + 1 && tokens.get(from).word().equals("of");
        return !ofMine && lexicon.firstPerson().has(tokens.get(j)) || newClauseAfterComma(lexicon, tokens, j)
                || startsFirstPersonCluster(lexicon, tokens, j) || leavesThePerson(lexicon, tokens, j);
    }

    /**
     * Whether a comma at {@code j} ends another person's stretch: "Husband's at work, cramps all over
     * my body" goes back to the writer. It goes on only where the next word points to that person
     * again ("my dad is 80, HE has...", "my mum, WHO...") or the comma opens or closes an age ("my mum,
     * 79, has", "mi mamá, DE 79 años, tiene").
     * Why: a stretch that ran on silenced the writer's own emergency signs (hazard H-03); a comma
     * that really goes on about the other person now reads their facts as the writer's, which errs
     * towards over-triage, the safe side.
     */
    private static boolean leavesThePerson(Lexicon lexicon, List<Token> tokens, int j) {
        if (!tokens.get(j).word().equals(",") || j + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(j + 1);
        boolean backToThem = lexicon.personLinks().resumes().contains(next.word()) || next.isNumber()
                || agedLink(lexicon, tokens, j + 1);
        return !backToThem && !closesAnAge(lexicon, tokens, j) && !listGoesOn(lexicon, tokens, j);
    }

    /**
     * Whether the comma at {@code j} sets off the person's age ("mi mamá, de 79 años, también tiene"):
     * the person's stretch goes on past it even where the comma would start a clause.
     */
    static boolean setsOffAnAge(Lexicon lexicon, List<Token> tokens, int j) {
        return tokens.get(j).word().equals(",")
                && (closesAnAge(lexicon, tokens, j) || j + 1 < tokens.size() && agedLink(lexicon, tokens, j + 1));
    }

    /** Whether the comma at {@code j} closes an age: a number, or a number and a years word ("79 años,"). */
    private static boolean closesAnAge(Lexicon lexicon, List<Token> tokens, int j) {
        return j > 0 && tokens.get(j - 1).isNumber()
                || j > 1 && tokens.get(j - 2).isNumber() && lexicon.ages().years().contains(tokens.get(j - 1).word());
    }

    /** Whether an age link and a number stand at {@code at} ("de 79", "aged 80"): the comma opens the person's age. */
    private static boolean agedLink(Lexicon lexicon, List<Token> tokens, int at) {
        return at + 1 < tokens.size() && lexicon.proxyReports().ageLinks().contains(tokens.get(at).word())
                && tokens.get(at + 1).isNumber();
    }

    /**
     * Whether the comma at {@code j} stands inside a list ("in her arms, legs and back"): one word
     * after it comes another comma, "and" or "or".
     */
    private static boolean listGoesOn(Lexicon lexicon, List<Token> tokens, int j) {
        if (j + 2 >= tokens.size()) {
            return false;
        }
        String after = tokens.get(j + 2).word();
        Grammar g = lexicon.grammar();
        return after.equals(",") || g.and().contains(after) || g.or().contains(after);
    }

    /**
     * "la mano SE ME quedó morada": a clause-start word right before a word about the writer opens
     * the writer's clause, so a sign phrase starting on it is the writer's.
     */
    private static boolean startsFirstPersonCluster(Lexicon lexicon, List<Token> tokens, int j) {
        return j + 1 < tokens.size() && lexicon.clauseStarts().has(tokens.get(j))
                && lexicon.firstPerson().has(tokens.get(j + 1));
    }

    /** ", and none of it helps": a comma then a joining word starts another statement. */
    private static boolean newClauseAfterComma(Lexicon lexicon, List<Token> tokens, int j) {
        return tokens.get(j).word().equals(",") && j + 1 < tokens.size()
                && lexicon.grammar().afterComma().contains(tokens.get(j + 1).word());
    }
}
