package org.crampcare.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The aligned question-and-answer lists of one text ("Swelling/redness/warmth? no/no/yes"): which
 * tokens are answers, and which item each denial answer denies.
 *
 * <p>A list of items before a question mark or colon and a list of as many answers after it, joined
 * by the same mark ("/" or ","), pair up in order, so each answer that is a denial ("no", "nope",
 * "none") denies its own item only. Kept apart from {@link Scopes} because it is a self-contained
 * pattern: the scopes only need to know the answers, whose denials must not be read as denying the
 * few words before the mark (those are the last items, not the first).
 */
final class AlignedAnswers {
    /** How many words one item or one answer of an aligned question-and-answer list may have. */
    static final int ALIGNED_WORDS = 3;

    private final boolean[] answer;
    private final int[] deniedBy;

    private AlignedAnswers(boolean[] answer, int[] deniedBy) {
        this.answer = answer;
        this.deniedBy = deniedBy;
    }

    /** Whether this token is one of the answers of an aligned list. */
    boolean isAnswer(int token) {
        return answer[token];
    }

    /** The first token of the denial answer that denies this item token, or -1 when none does. */
    int deniedBy(int token) {
        return deniedBy[token];
    }

    /**
     * Finds the aligned lists of a tokenized text and pairs each answer with its item, in order. A
     * denial answer must cover exactly its own words to deny its item, so "no swelling" as an answer
     * is not taken for a bare "no".
     */
    static AlignedAnswers of(List<Token> tokens, Boundaries b) {
        boolean[] answer = new boolean[tokens.size()];
        int[] deniedBy = new int[tokens.size()];
        Arrays.fill(deniedBy, -1);
        int[] denialEnd = new int[tokens.size()];
        for (Hit<CueKind> cue : b.cues()) {
            if (cue.meaning() == CueKind.POST_NEGATION) {
                denialEnd[cue.from()] = Math.max(denialEnd[cue.from()], cue.to());
            }
        }
        for (int q = 1; q + 1 < tokens.size(); q++) {
            String mark = tokens.get(q).word();
            if (!mark.equals("?") && !mark.equals(":")) {
                continue;
            }
            String joiner = tokens.get(q + 1).kind() == Token.Kind.WORD ? joinerAfter(tokens, q + 1) : null;
            List<int[]> items = joiner == null ? List.of() : listBackwards(tokens, b, q - 1, joiner);
            List<int[]> answers = joiner == null ? List.of() : listForwards(tokens, b, q + 1, joiner);
            if (items.size() < 2 || items.size() != answers.size()) {
                continue;
            }
            for (int i = 0; i < answers.size(); i++) {
                int[] a = answers.get(i);
                Arrays.fill(answer, a[0], a[1], true);
                if (denialEnd[a[0]] == a[1]) {
                    for (int j = items.get(i)[0]; j < items.get(i)[1]; j++) {
                        deniedBy[j] = a[0];
                    }
                }
            }
        }
        return new AlignedAnswers(answer, deniedBy);
    }

    /** The mark ("/" or ",") that follows the first answer after a question, or null. */
    private static String joinerAfter(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size() && j - from <= ALIGNED_WORDS; j++) {
            Token t = tokens.get(j);
            if (t.kind() == Token.Kind.PUNCTUATION) {
                return t.word().equals("/") || t.word().equals(",") ? t.word() : null;
            }
        }
        return null;
    }

    /** The items of a list ending at {@code last}, in text order, each of words only, joined by {@code joiner}. */
    private static List<int[]> listBackwards(List<Token> tokens, Boundaries b, int last, String joiner) {
        List<int[]> items = new ArrayList<>();
        int end = last + 1;
        while (true) {
            int start = end;
            while (start > 0 && end - start < ALIGNED_WORDS && tokens.get(start - 1).kind() == Token.Kind.WORD
                    && !b.hard(start - 1)) {
                start--;
            }
            if (start == end) {
                return List.of();
            }
            items.add(0, new int[] {start, end});
            if (start < 2 || !tokens.get(start - 1).word().equals(joiner)) {
                return items;
            }
            end = start - 1;
        }
    }

    /** The answers of a list starting at {@code first}, each of words only, joined by {@code joiner}. */
    private static List<int[]> listForwards(List<Token> tokens, Boundaries b, int first, String joiner) {
        List<int[]> answers = new ArrayList<>();
        int start = first;
        while (true) {
            int end = start;
            while (end < tokens.size() && end - start < ALIGNED_WORDS && tokens.get(end).kind() == Token.Kind.WORD
                    && (end == start || !b.hard(end))) {
                end++;
            }
            if (end == start) {
                return List.of();
            }
            answers.add(new int[] {start, end});
            if (end + 1 >= tokens.size() || !tokens.get(end).word().equals(joiner)) {
                return answers;
            }
            start = end + 1;
        }
    }

}
