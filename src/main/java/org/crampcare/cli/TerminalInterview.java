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
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Language;
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
    private final Assessor assessor;
    private final KnowledgeBase knowledge;
    private final Language language;
    private final Replies replies;
    private final BufferedReader in;
    private final PrintWriter out;
    private final Map<String, Object> answers = new LinkedHashMap<>();
    private final Set<String> skipped = new HashSet<>();
    private final String text;
    private String screen = "";

    /** The words a person may type for each kind of reply, in one language. */
    private record Replies(Set<String> yes, Set<String> no, Set<String> dontKnow, Set<String> help, Set<String> none) {
        static Replies of(Language language) {
            return switch (language) {
                case EN -> new Replies(Set.of("y", "yes", "yeah", "true"), Set.of("n", "no", "nope", "false"),
                        Set.of("d", "dk", "don't know", "dont know", "unsure", "not sure", "skip"),
                        Set.of("h", "help", "?"), Set.of("none", "0", "no"));
                case ES -> new Replies(Set.of("s", "si", "sí", "y", "yes"), Set.of("n", "no"),
                        Set.of("ns", "no sé", "no se", "no lo sé", "no lo se", "d", "saltar"),
                        Set.of("a", "ayuda", "?", "h"), Set.of("ninguno", "ninguna", "nada", "0", "no"));
            };
        }
    }

    TerminalInterview(Assessor assessor, BufferedReader in, PrintWriter out) {
        this(assessor, in, out, null, Language.base());
    }

    /** An interview in the base language that starts from the person's own description ({@code text}, may be null). */
    TerminalInterview(Assessor assessor, BufferedReader in, PrintWriter out, String text) {
        this(assessor, in, out, text, Language.base());
    }

    /**
     * An interview in {@code language} that starts from the person's own description ({@code text},
     * may be null).
     */
    TerminalInterview(Assessor assessor, BufferedReader in, PrintWriter out, String text, Language language) {
        this.assessor = assessor;
        this.knowledge = assessor.knowledge().in(language);
        this.language = language;
        this.replies = Replies.of(language);
        this.in = in;
        this.out = out;
        this.text = text;
    }

    void run() {
        out.println(t(CliText.INTERVIEW_START));
        out.println(t(CliText.INTERVIEW_KEYS));
        AssessmentResult result = assess();
        while (result.triage() != TriageLevel.EMERGENCY && result.nextQuestion() != null) {
            Item item = knowledge.item(result.nextQuestion().id()).orElseThrow();
            if (result.nextQuestion().quote() != null) {
                out.printf(t(CliText.YOU_WROTE), result.nextQuestion().quote());
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
        out.println(new ResultText(knowledge).render(result));
        out.flush();
    }

    private AssessmentResult assess() {
        return assessor.assessIn(language, new AssessmentInput(answers, text), skipped);
    }

    private String t(CliText text) {
        return text.in(language);
    }

    private void askContext() {
        java.util.Map<String, Object> known = assess().answers();
        for (Item item : knowledge.items()) {
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
            knowledge.screens().stream().filter(s -> s.id().equals(screen)).findFirst()
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
            if (replies.help().contains(reply)) {
                out.println(t(CliText.WHY_WE_ASK) + item.help());
            } else if (replies.dontKnow().contains(reply) || (optional && reply.isEmpty())) {
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
            out.println(t(CliText.NOT_UNDERSTOOD) + expected(item));
            return false;
        }
        Map<String, Object> tryAnswers = new LinkedHashMap<>(answers);
        tryAnswers.put(item.id(), value.get());
        try {
            assessor.assess(new AssessmentInput(tryAnswers, text), skipped);
        } catch (InputException e) {
            out.println(String.format(t(CliText.NOT_ACCEPTED), e.reason()));
            return false;
        }
        answers.put(item.id(), value.get());
        return true;
    }

    private Optional<Object> parse(Item item, String reply) {
        switch (item.type()) {
            case BOOLEAN:
                return replies.yes().contains(reply) ? Optional.of(true)
                        : replies.no().contains(reply) ? Optional.of(false) : Optional.empty();
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

    private Optional<Object> pickMany(Item item, String reply) {
        if (replies.none().contains(reply)) {
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

    private String hint(Item item, boolean optional) {
        String skip = optional ? t(CliText.SKIP) : "";
        return String.format(t(switch (item.type()) {
            case BOOLEAN -> CliText.HINT_BOOLEAN;
            case INTEGER, NUMBER -> CliText.HINT_NUMBER;
            case CHOICE -> CliText.HINT_CHOICE;
            case LIST -> CliText.HINT_LIST;
        }), skip);
    }

    private String expected(Item item) {
        return t(switch (item.type()) {
            case BOOLEAN -> CliText.EXPECT_BOOLEAN;
            case INTEGER, NUMBER -> CliText.EXPECT_NUMBER;
            case CHOICE -> CliText.EXPECT_CHOICE;
            case LIST -> CliText.EXPECT_LIST;
        });
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer", e);
        }
    }
}
