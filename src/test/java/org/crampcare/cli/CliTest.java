package org.crampcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crampcare.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line, run in-process with captured output and exit codes. */
class CliTest {
    @TempDir
    Path tmp;

    @Test
    void assessPrintsTheContractResultAsJson() throws Exception {
        Path in = write("in.json", "{\"answers\": {\"pain_score\": 8, \"locations\": [\"calf\"], \"wakes_at_night\": true}}");
        Run r = run("assess", "--input", in.toString());
        assertThat(r.code).isZero();
        assertThat(r.out).startsWith("{\"policyVersion\":\"1\",\"triage\":\"APPOINTMENT\",\"complete\":false,"
                + "\"nextQuestion\":{\"id\":\"unbearable_pain\"");
        assertThat(r.out).contains("\"rule\":\"A1\"", "\"rule\":\"A8\"", "\"advice\":");
    }

    @Test
    void assessAsTextSpeaksPlainly() throws Exception {
        Path in = write("in.json", "{\"answers\": {\"unbearable_pain\": true}}");
        Run r = run("assess", "--input", in.toString(), "--format", "text");
        assertThat(r.code).isZero();
        assertThat(r.out).startsWith("=== EMERGENCY ===").contains("emergency number").contains("[E1; Cleveland Clinic]");
    }

    @Test
    void badInputExitsWithCode2AndNamesTheField() throws Exception {
        Path in = write("in.json", "{\"answers\": {\"pain_score\": 12}}");
        Run r = run("assess", "--input", in.toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.out).isEmpty();
        assertThat(r.err).contains("answers.pain_score").contains("from 0 to 10");
    }

    @Test
    void languageOptionNamesTheTextsLanguageUnlessTheInputDoesAndNeverHidesASign() throws Exception {
        String spanish = "{\"text\": \"la pantorrilla está hinchada\"}";
        String namedEnglish = "{\"text\": \"la pantorrilla está hinchada\", \"language\": \"en\"}";
        Path in = write("in.jsonl", spanish + "\n" + namedEnglish + "\n");
        List<String> lines = run("assess", "--language", "es", "--batch", in.toString()).out.lines().toList();
        assertThat(lines.get(0)).contains("\"triage\":\"URGENT\"").contains("\"swelling\":true");
        assertThat(lines.get(1)).as("named English, but clearly Spanish: read in both, the safer kept (H-03)")
                .contains("\"triage\":\"URGENT\"").contains("\"swelling\":true");
        Run asEnglish = run("assess", "--language", "en", "--text", "la pantorrilla está hinchada");
        assertThat(asEnglish.out).contains("\"swelling\":true");
        Run shortAsEnglish = run("assess", "--language", "es", "--text", "edema");
        assertThat(shortAsEnglish.out).as("too short to tell: the named language is read").contains("\"swelling\":true");
        assertThat(run("assess", "--language", "fr", "--text", "x").err).contains("'fr' is not a language CrampCare speaks");
    }

    @Test
    void evalTextTellsAMisreadSignFromOneLeftForTheInterviewToAsk() throws Exception {
        Path cases = write("cases.jsonl", String.join("\n",
                "{\"id\": \"misread\", \"text\": \"calf cramp, not swollen\", \"answers_truth\": {\"swelling\": true,"
                        + " \"locations\": [\"calf\"]}, \"expect\": {\"triage\": \"URGENT\", \"rules\": [\"U1\"]}}",
                "{\"id\": \"open\", \"text\": \"calf cramp\", \"answers_truth\": {\"unbearable_pain\": true,"
                        + " \"locations\": [\"calf\"]}, \"expect\": {\"triage\": \"EMERGENCY\", \"rules\": [\"E1\"]}}"));
        Run r = run("eval", "text", cases.toString());
        assertThat(r.code).as("under-triage fails the run").isEqualTo(1);
        assertThat(r.out).contains("under-triaged: 2 (emergencies missed: 1; with a stated item misread: 1,")
                .contains("MISS misread: got SELF_CARE [] , expected URGENT [U1], misread: [swelling]".replace(" ,", ","))
                .containsPattern("MISS open: got \\w+ \\S*, expected EMERGENCY \\[E1\\]\\n");
    }

    @Test
    void missingInputFileIsABadInput() {
        Run r = run("assess", "--input", tmp.resolve("nope.json").toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("--input").contains("no such file");
    }

    @Test
    void batchGivesOneLinePerInputAndAnErrorLineInPlaceOfABadOne() throws Exception {
        Path in = write("in.jsonl", String.join("\n",
                "{\"answers\": {\"swelling\": true}}",
                "{\"answers\": {\"swelling\": \"maybe\"}}",
                "not json",
                "{\"answers\": {\"all_over_body\": true}}") + "\n");
        Run r = run("assess", "--batch", in.toString());
        List<String> lines = r.out.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("\"triage\":\"URGENT\"");
        assertThat(lines.get(1)).startsWith("{\"error\":").contains("\"field\":\"answers.swelling\"");
        assertThat(lines.get(2)).startsWith("{\"error\":").contains("\"field\":\"input\"");
        assertThat(lines.get(3)).contains("\"triage\":\"EMERGENCY\"");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("line 2").contains("line 3");
    }

    @Test
    void rulesListsEveryPolicyRuleWithSources() {
        Run r = run("rules");
        assertThat(r.code).isZero();
        for (String id : List.of("E1", "E2", "E3", "U1", "U6", "A1", "A12")) {
            assertThat(r.out).contains(id + " ");
        }
        assertThat(r.out).contains("pain_score >= 7").contains("episode_minutes > 15").contains("sources: clevelandclinic");
    }

    @Test
    void knowledgeValidateReportsProblemsAndExitsNonZero() {
        Run ok = run("knowledge", "validate", "src/test/resources/fixtures/knowledge/minimal");
        assertThat(ok.code).isZero();
        assertThat(ok.out).startsWith("OK:");
        Run bad = run("knowledge", "validate", "src/test/resources/fixtures/knowledge/broken");
        assertThat(bad.code).isEqualTo(1);
        assertThat(bad.out).contains("15 problem(s)").contains("rules.yaml $.rules[0].when: reads unknown item 'dangr'");
    }

    @Test
    void shippedKnowledgeValidatesThroughTheCli() {
        Run r = run("knowledge", "validate", "src/main/resources/knowledge");
        assertThat(r.code).isZero();
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] cmd : List.of(new String[] {"--help"}, new String[] {"assess", "--help"},
                new String[] {"interview", "--help"}, new String[] {"rules", "--help"},
                new String[] {"knowledge", "validate", "--help"}, new String[] {"eval", "structured", "--help"})) {
            Run r = run(cmd);
            assertThat(r.code).as(String.join(" ", cmd)).isZero();
            assertThat(r.out).as(String.join(" ", cmd)).contains("Usage:");
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("assess", "--inptu", "x");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("--inptu");
    }

    private Path write(String name, String content) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    record Run(int code, String out, String err) {
    }
}
