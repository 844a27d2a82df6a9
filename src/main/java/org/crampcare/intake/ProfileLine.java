package org.crampcare.intake;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the writer's age and sex from profile-style wording, as people sign off a post or a
 * clinician heads a note: "Pensioner, 74.", "68, retired", "M 67, nocturnal cramps", "45 year old
 * woman", "67yo F", "im 15 (m)".
 *
 * <p>A bare number counts as an age only when it stands alone between commas or sentence marks in
 * a short sentence that speaks of no cramp and holds no other number, so "cramps twice a week, 3"
 * or "pain 7/10, 8" are never ages. A sex word counts only right after an age the writer gave, or
 * as the one-letter or one-word sex that opens a sentence before the age ("M 67", "Male 50").
 */
final class ProfileLine {
    /** A sex given as one letter, in a profile line or a forum's "25 F". */
    static final Map<String, String> LETTER_SEX = Map.of("f", "female", "m", "male");
    /** The youngest bare number read as the writer's own age without a word that says so ("im 16 pls help"). */
    static final int MIN_LOOSE_AGE = 10;
    /** The most tokens a sentence may have and still be a profile line ("Kinda of a certain age lol, 63."). */
    private static final int PROFILE_SENTENCE = 14;

    private final Lexicon lexicon;
    private final NumberReader numbers;

    ProfileLine(Lexicon lexicon, NumberReader numbers) {
        this.lexicon = lexicon;
        this.numbers = numbers;
    }

    /** Reads profile ages and the sex letters or words beside them. */
    void read(TextScan scan, Findings findings) {
        List<Token> tokens = scan.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isNumber() || scan.scopes().silenced(i) != null) {
                continue;
            }
            int next = i + 1;
            Optional<Quantity> q = numbers.at(tokens, i).filter(Quantity::bare).filter(a -> a.to() == next);
            if (q.isEmpty() || !wholeYears(q.get().value())) {
                continue;
            }
            int value = (int) q.get().value();
            Optional<String> leadingSex = sexBefore(tokens, i);
            if (leadingSex.isPresent()) {
                findings.first("sex", leadingSex.get(), Span.of(tokens, i - 1, i));
                findings.first("age", value, Span.of(tokens, i - 1, i + 1));
            } else if (value >= MIN_LOOSE_AGE && standsAlone(tokens, i) && profileSentence(scan, i)) {
                findings.first("age", value, Span.of(tokens, i, i + 1));
                sexAfter(tokens, i + 1, findings);
            } else if (value >= MIN_LOOSE_AGE && opensSegment(tokens, i) && sexFollows(tokens, i + 1)) {
                findings.first("age", value, Span.of(tokens, i, i + 1));
                sexAfter(tokens, i + 1, findings);
            }
        }
    }

    /**
     * A sex word or letter right after an age the writer gave ("45 year old WOMAN", "67yo F",
     * "Age 45, FEMALE", "15 (M)"), skipping one comma or bracket.
     */
    void sexAfter(List<Token> tokens, int from, Findings findings) {
        int i = from;
        if (i < tokens.size() && (tokens.get(i).word().equals(",") || tokens.get(i).word().equals("("))) {
            i++;
        }
        if (i >= tokens.size()) {
            return;
        }
        Optional<Hit<String>> word = lexicon.selfSex().longestAt(tokens, i);
        if (word.isPresent()) {
            findings.first("sex", word.get().meaning(), Span.of(tokens, from, word.get().to()));
            return;
        }
        String letter = LETTER_SEX.get(tokens.get(i).word());
        if (letter != null && (i + 1 >= tokens.size() || !tokens.get(i + 1).kind().equals(Token.Kind.WORD))) {
            findings.first("sex", letter, Span.of(tokens, from, i + 1));
        }
    }

    /** The number opens the text, a sentence or a comma's segment ("..., 52, female, ..."). */
    private static boolean opensSegment(List<Token> tokens, int i) {
        return i == 0 || isEdge(tokens.get(i - 1));
    }

    /**
     * Whether a sex follows straight after the number: a word, or a letter that ends the sentence
     * ("52, female", "59 female", "20 m."). Why: such a sex makes the number the writer's age even in
     * a sentence about the cramps, while a letter that does not end it ("20 m away") is a distance.
     */
    private boolean sexFollows(List<Token> tokens, int from) {
        int i = from < tokens.size() && tokens.get(from).word().equals(",") ? from + 1 : from;
        if (i >= tokens.size()) {
            return false;
        }
        Optional<Hit<String>> word = lexicon.selfSex().longestAt(tokens, i);
        if (word.isPresent()) {
            return word.get().to() >= tokens.size() || tokens.get(word.get().to()).kind() == Token.Kind.PUNCTUATION;
        }
        boolean letter = i == from && LETTER_SEX.containsKey(tokens.get(i).word());
        return letter && (i + 1 >= tokens.size() || tokens.get(i + 1).endsSentence());
    }

    /** "M 67", "F 45", "Male 50" opening a sentence: the sex, when the number is not a measure ("F 45 mins"). */
    private Optional<String> sexBefore(List<Token> tokens, int number) {
        int sex = number - 1;
        if (sex < 0 || sex > 0 && !tokens.get(sex - 1).endsSentence() || tokens.get(number).hyphenBefore()) {
            return Optional.empty();
        }
        boolean measured = number + 1 < tokens.size()
                && lexicon.ages().notAfter().contains(tokens.get(number + 1).word());
        if (measured) {
            return Optional.empty();
        }
        String letter = LETTER_SEX.get(tokens.get(sex).word());
        if (letter != null) {
            return Optional.of(letter);
        }
        return lexicon.selfSex().longestAt(tokens, sex).filter(h -> h.to() == number).map(Hit::meaning);
    }

    /** The number is a segment of its own: a comma, bracket or sentence edge on each side. */
    private static boolean standsAlone(List<Token> tokens, int i) {
        boolean before = i == 0 || isEdge(tokens.get(i - 1));
        boolean after = i + 1 >= tokens.size() || isEdge(tokens.get(i + 1));
        return before && after;
    }

    private static boolean isEdge(Token t) {
        return t.endsSentence() || t.word().equals(",") || t.word().equals("(") || t.word().equals(")");
    }

    /**
     * A short sentence with no cramp word and no other number: a line about the writer, not the
     * cramps. Looks at most {@link #PROFILE_SENTENCE} tokens each way, so the work stays constant.
     */
    private static boolean profileSentence(TextScan scan, int number) {
        List<Token> tokens = scan.tokens();
        int sentence = scan.scopes().sentence(number);
        int size = 1;
        for (int step : new int[] {-1, 1}) {
            for (int k = number + step; k >= 0 && k < tokens.size() && scan.scopes().sentence(k) == sentence; k += step) {
                if (++size > PROFILE_SENTENCE || scan.events()[k] == TextScan.CRAMP || tokens.get(k).isNumber()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean wholeYears(double value) {
        return value >= 1 && value <= PersonReader.MAX_AGE && value == Math.rint(value);
    }
}
