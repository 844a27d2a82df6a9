package org.crampcare.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.crampcare.triage.InputException;

/**
 * The adaptive interview at a terminal: the engine picks each next question, the person answers.
 *
 * <p>After the questions that decide the level, the context questions are offered so the advice
 * can be tailored; an empty answer skips them. An EMERGENCY answer ends the interview at once.
 * With the person's own description, only what it leaves open is asked, and a sign it only hints
 * at is asked first, quoting their words ("You wrote 'I can't take it anymore'.").
 */
final class TerminalInterview {
    private static final Set<String> DONT_KNOW = Set.of("d", "dk", "don't know", "dont know", "unsure", "not sure", "skip");
    private static final Set<String> YES = Set.of("y", "yes", "yeah", "true");
    private static final Set<String> NO = Set.of("n", "no", "nope", "false");

    private final Assessor assessor;
    private final BufferedReader in;
    private final PrintWriter out;
    private final Map<String, Object> answers = new LinkedHashMap<>();
    private final Set<String> skipped = new HashSet<>();
    private final String text;
    private String screen = "";

    TerminalInterview(Assessor assessor, BufferedReader in, PrintWriter out) {
        this(assessor, in, out, null);
    }

    /** An interview that starts from the person's own description ({@code text}, may be null). */
    TerminalInterview(Assessor assessor, BufferedReader in, PrintWriter out, String text) {
        this.assessor = assessor;
        this.in = in;
        this.out = out;
        this.text = text;
    }

    void run() {
        out.println("CrampCare assessment. If you are in danger now, call your local emergency number.");
        out.println("Answer each question; 'd' = don't know, 'h' = why we ask.");
        AssessmentResult result = assess();
        while (result.triage() != TriageLevel.EMERGENCY && result.nextQuestion() != null) {
            Item item = assessor.knowledge().item(result.nextQuestion().id()).orElseThrow();
            if (result.nextQuestion().quote() != null) {
                out.printf("%nYou wrote \"%s\".", result.nextQuestion().quote());
            }
            if (!ask(item, false)) {
                break;
            }
            result = assess();
        }
        if (result.triage() != TriageLevel.EMERGENCY) {
            askContext();
            result = assess();
        }
        out.println();
        out.println(new ResultText(assessor.knowledge()).render(result));
        out.flush();
    }

    private AssessmentResult assess() {
        return assessor.assess(new AssessmentInput(answers, text), skipped);
    }

    private void askContext() {
        java.util.Map<String, Object> known = assess().answers();
        for (Item item : assessor.knowledge().items()) {
            boolean wanted = !known.containsKey(item.id()) && !answers.containsKey(item.id()) && !skipped.contains(item.id())
                    && item.askCondition().map(c -> c.test(answers)).orElse(true);
            if (wanted && !ask(item, true)) {
                return;
            }
        }
    }

    /** Asks one item until it is answered or skipped; false when input has ended. */
    private boolean ask(Item item, boolean optional) {
        if (!item.screen().equals(screen)) {
            screen = item.screen();
            assessor.knowledge().screens().stream().filter(s -> s.id().equals(screen)).findFirst()
                    .ifPresent(s -> out.printf("%n== %s ==%n%s%n", s.title(), s.intro()));
        }
        while (true) {
            out.println();
            out.println(item.question() + hint(item, optional));
            listValues(item);
            out.print("> ");
            out.flush();
            String line = readLine();
            if (line == null) {
                return false;
            }
            String reply = line.strip().toLowerCase(Locale.ROOT);
            if (reply.equals("h") || reply.equals("help") || reply.equals("?")) {
                out.println("Why we ask: " + item.help());
            } else if (DONT_KNOW.contains(reply) || (optional && reply.isEmpty())) {
                skipped.add(item.id());
                return true;
            } else if (accept(item, reply)) {
                return true;
            }
        }
    }

    private boolean accept(Item item, String reply) {
        Optional<Object> value = parse(item, reply);
        if (value.isEmpty()) {
            out.println("Sorry, I did not understand that. " + expected(item));
            return false;
        }
        Map<String, Object> tryAnswers = new LinkedHashMap<>(answers);
        tryAnswers.put(item.id(), value.get());
        try {
            assessor.assess(new AssessmentInput(tryAnswers, text), skipped);
        } catch (InputException e) {
            out.println("Sorry, " + e.reason() + ".");
            return false;
        }
        answers.put(item.id(), value.get());
        return true;
    }

    private static Optional<Object> parse(Item item, String reply) {
        switch (item.type()) {
            case BOOLEAN:
                return YES.contains(reply) ? Optional.of(true) : NO.contains(reply) ? Optional.of(false) : Optional.empty();
            case INTEGER:
            case NUMBER:
                try {
                    double d = Double.parseDouble(reply.replace(',', '.'));
                    return item.type() == org.crampcare.knowledge.ItemType.INTEGER && d == Math.rint(d)
                            ? Optional.of((int) d) : Optional.of(d);
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            case CHOICE:
                return pick(item, reply).map(v -> (Object) v);
            default:
                return pickMany(item, reply);
        }
    }

    private static Optional<Object> pickMany(Item item, String reply) {
        if (reply.equals("none") || reply.equals("0") || reply.equals("no")) {
            return Optional.of(List.of());
        }
        List<String> values = new ArrayList<>();
        for (String part : reply.split("[,\\s]+")) {
            Optional<String> v = pick(item, part);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            values.add(v.get());
        }
        return Optional.of(values);
    }

    private static Optional<String> pick(Item item, String reply) {
        try {
            int n = Integer.parseInt(reply);
            return n >= 1 && n <= item.values().size() ? Optional.of(item.values().get(n - 1).value()) : Optional.empty();
        } catch (NumberFormatException e) {
            return item.allows(reply) ? Optional.of(reply) : Optional.empty();
        }
    }

    private void listValues(Item item) {
        for (int i = 0; i < item.values().size(); i++) {
            out.printf("  %2d. %s%n", i + 1, item.values().get(i).label());
        }
    }

    private static String hint(Item item, boolean optional) {
        String skip = optional ? ", Enter to skip" : "";
        return switch (item.type()) {
            case BOOLEAN -> " [y/n/d" + skip + "]";
            case INTEGER, NUMBER -> " [a number" + skip + "]";
            case CHOICE -> " [pick a number" + skip + "]";
            case LIST -> " [numbers separated by commas, or 'none'" + skip + "]";
        };
    }

    private static String expected(Item item) {
        return switch (item.type()) {
            case BOOLEAN -> "Please answer y (yes), n (no) or d (don't know).";
            case INTEGER, NUMBER -> "Please type a number, or d for don't know.";
            case CHOICE -> "Please type the number of one choice.";
            case LIST -> "Please type the numbers of your choices separated by commas, or 'none'.";
        };
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer", e);
        }
    }
}
