package org.crampcare.intake;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads numbers written in digits or words: "15", "fifteen", "twenty-five", "a couple of",
 * "half an", and ranges ("10-15", "five or six", "2 to 3", "between 5 and 10"), which give their upper bound because a
 * higher count or longer duration is the reading that cannot under-triage.
 */
final class NumberReader {
    private static final Set<String> RANGE_WORDS = Set.of("to", "or");
    /** Number words that are not plain cardinals, so never a pain score or the end of a range. */
    private static final Set<String> NOT_CARDINAL = Set.of("a", "an", "once", "twice", "thrice", "several",
            "few", "couple", "dozen", "half");

    private final Numbers numbers;

    NumberReader(Numbers numbers) {
        this.numbers = numbers;
    }

    /** The number starting at token {@code i}, if one does; "20-odd" and "5 or so" keep their number. */
    Optional<Quantity> at(List<Token> tokens, int i) {
        return range(tokens, i).map(q -> {
            Optional<Hit<Boolean>> approx = q.to() < tokens.size()
                    ? numbers.approximators().longestAt(tokens, q.to()) : Optional.empty();
            return approx.map(a -> new Quantity(q.value(), q.from(), a.to(), q.bare())).orElse(q);
        });
    }

    private Optional<Quantity> range(List<Token> tokens, int i) {
        Optional<Quantity> first = single(tokens, i);
        if (first.isEmpty()) {
            return first;
        }
        Quantity q = first.get();
        int next = q.to();
        if (next < tokens.size() && tokens.get(next).hyphenBefore() && tokens.get(next).isNumber()) {
            return upper(q, single(tokens, next));
        }
        boolean between = i > 0 && tokens.get(i - 1).word().equals("between");
        if (next + 1 < tokens.size() && (RANGE_WORDS.contains(tokens.get(next).word())
                || (between && tokens.get(next).word().equals("and")))) {
            Optional<Quantity> second = single(tokens, next + 1);
            if (second.isPresent() && second.get().bare()) {
                return upper(q, second);
            }
        }
        return first;
    }

    private static Optional<Quantity> upper(Quantity q, Optional<Quantity> second) {
        return second.map(s -> new Quantity(Math.max(q.value(), s.value()), q.from(), s.to(), q.bare() && s.bare()));
    }

    private Optional<Quantity> single(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isNumber()) {
            return Optional.of(new Quantity(Double.parseDouble(t.word()), i, i + 1, true));
        }
        Optional<Hit<Double>> word = numbers.words().longestAt(tokens, i);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        Hit<Double> w = word.get();
        double value = w.meaning();
        int to = w.to();
        boolean bare = w.length() == 1 && value == Math.rint(value) && !NOT_CARDINAL.contains(t.word());
        if (value >= 20 && value < 100 && value % 10 == 0 && to < tokens.size()) {
            Optional<Hit<Double>> unit = numbers.words().longestAt(tokens, to);
            if (unit.isPresent() && unit.get().meaning() >= 1 && unit.get().meaning() <= 9
                    && unit.get().length() == 1 && tokens.get(to).kind() == Token.Kind.WORD
                    && !tokens.get(to).word().startsWith("a")) {
                value += unit.get().meaning();
                to = unit.get().to();
            }
        }
        return Optional.of(new Quantity(value, i, to, bare));
    }
}
