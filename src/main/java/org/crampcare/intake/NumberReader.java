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
    private final Numbers numbers;
    private final Numbers.NumberLinks links;
    private final Set<String> and;

    NumberReader(Numbers numbers, Grammar grammar) {
        this.numbers = numbers;
        this.links = numbers.links();
        this.and = grammar.and();
    }

    /**
     * The number starting at token {@code i}, if one does; "20-odd" and "5 or so" keep their number.
     * An index at or past the end gives none, because callers look one word past a cue and a person
     * may stop typing right after it ("Paciente masculino de").
     */
    Optional<Quantity> at(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return Optional.empty();
        }
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
        boolean between = i > 0 && links.between().contains(tokens.get(i - 1).word());
        if (next + 1 < tokens.size() && (links.rangeWords().contains(tokens.get(next).word())
                || (between && and.contains(tokens.get(next).word())))) {
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
        boolean bare = w.length() == 1 && value == Math.rint(value) && !links.notCardinal().contains(t.word());
        if (value >= 20 && value < 100 && value % 10 == 0) {
            int unitAt = to < tokens.size() && links.tensJoiners().contains(tokens.get(to).word()) ? to + 1 : to;
            Optional<Hit<Double>> unit = unitAt < tokens.size() ? numbers.words().longestAt(tokens, unitAt) : Optional.empty();
            if (unit.isPresent() && unit.get().meaning() >= 1 && unit.get().meaning() <= 9
                    && unit.get().length() == 1 && tokens.get(unitAt).kind() == Token.Kind.WORD
                    && !links.notCardinal().contains(tokens.get(unitAt).word())) {
                value += unit.get().meaning();
                to = unit.get().to();
            }
        }
        return Optional.of(new Quantity(value, i, to, bare));
    }
}
