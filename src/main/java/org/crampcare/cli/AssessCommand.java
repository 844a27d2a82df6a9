package org.crampcare.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.crampcare.triage.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs one assessment, or a batch of them, as the assessment contract describes. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess cramps from contract input JSON and print the result.",
            "Bad input exits with code 2 and a message naming the field."})
final class AssessCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "FILE", description = "Input JSON file, or - for standard input.")
    String input;

    @Option(names = "--batch", paramLabel = "FILE.jsonl",
            description = "One input JSON per line; prints one result (or {\"error\": ...}) per line, in order.")
    Path batch;

    @Option(names = "--text", paramLabel = "TEXT", description = "A description in your own words.")
    String text;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|text",
            description = "json (default): the contract's output; text: the same result in plain words.")
    OutputFormat format;

    @CommandLine.Mixin
    KnowledgeOption knowledge;

    @CommandLine.Mixin
    LanguageOption language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The two ways a result can be printed. */
    enum OutputFormat { json, text }

    @Override
    public Integer call() throws IOException {
        Assessor assessor = knowledge.open().assessor();
        if (batch != null) {
            if (input != null || text != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--batch cannot be combined with --input or --text");
            }
            return new BatchRun(in -> assess(assessor, in), spec.commandLine().getOut(), spec.commandLine().getErr()).run(batch);
        }
        if (input == null && text == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --input FILE|-, --text TEXT or --batch FILE");
        }
        AssessmentInput parsed = input == null ? AssessmentInput.ofText(text) : withText(AssessmentJson.readInput(read(input)));
        AssessmentResult result = assess(assessor, parsed);
        PrintWriter out = spec.commandLine().getOut();
        out.println(format == OutputFormat.json ? AssessmentJson.write(result) : new ResultText(assessor.knowledge()).render(result));
        out.flush();
        return 0;
    }

    /**
     * Assesses in the language asked for with {@code --language}, or else in the input's; the
     * option is also the language of the text unless the input names its own.
     */
    private AssessmentResult assess(Assessor assessor, AssessmentInput input) {
        AssessmentInput in = inLanguage(input);
        return language.chosen().map(l -> assessor.assessIn(l, in, Set.of())).orElseGet(() -> assessor.assess(in));
    }

    /** The input with {@code --language} as the language of its text, unless it names its own. */
    private AssessmentInput inLanguage(AssessmentInput input) {
        return language.chosen().filter(l -> input.language() == null)
                .map(l -> new AssessmentInput(input.answers(), input.text(), l)).orElse(input);
    }

    private AssessmentInput withText(AssessmentInput fromFile) {
        if (text == null) {
            return fromFile;
        }
        if (fromFile.text() != null) {
            throw new InputException("text", "given both in the input file and with --text; give it once");
        }
        return new AssessmentInput(fromFile.answers(), text, fromFile.language());
    }

    private static String read(String input) {
        try {
            if (input.equals("-")) {
                return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path file = Path.of(input);
            if (!Files.isRegularFile(file)) {
                throw new InputException("--input", "no such file: " + input);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input + ": " + e.getMessage(), e);
        }
    }

    /** Runs a JSON Lines batch: a bad line becomes an error line and the rest still run. */
    private record BatchRun(Function<AssessmentInput, AssessmentResult> assess, PrintWriter out, PrintWriter err) {
        int run(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new InputException("--batch", "no such file: " + file);
            }
            int bad = 0;
            int lineNo = 0;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lineNo++;
                    try {
                        out.println(AssessmentJson.write(assess.apply(AssessmentJson.readInput(line))));
                    } catch (InputException e) {
                        bad++;
                        err.println("crampcare: line " + lineNo + ": bad input: " + e.getMessage());
                        out.println(AssessmentJson.write(Map.of("error",
                                batchError(e, lineNo))));
                    }
                }
            }
            out.flush();
            err.flush();
            return bad == 0 ? 0 : 2;
        }
    }

    /** The error of one batch line, its fields always in the same order: field, message, line. */
    private static Map<String, Object> batchError(InputException e, int lineNo) {
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("field", e.field());
        error.put("message", e.reason());
        error.put("line", lineNo);
        return error;
    }
}
