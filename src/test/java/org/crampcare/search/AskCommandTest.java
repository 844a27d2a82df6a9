package org.crampcare.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.crampcare.app.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AskCommandTest {

    @Test
    void jsonHasTheContractShapeBestFirst() throws Exception {
        Run run = run("ask", "--json", "--limit", "3", "How long at a time should I ice a muscle spasm?");
        assertThat(run.code).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out);
        JsonNode answers = root.get("answers");
        assertThat(answers.isArray()).isTrue();
        assertThat(answers).hasSize(3);
        for (JsonNode a : answers) {
            assertThat(a.get("title").asText()).isNotBlank();
            assertThat(a.get("text").asText()).isNotBlank();
            assertThat(a.get("sources").isArray()).isTrue();
            assertThat(a.get("sources")).isNotEmpty();
        }
        assertThat(answers.get(0).get("id").asText()).isEqualTo("relief.ice");
        assertThat(root.get("describesSymptoms").asBoolean()).isFalse();
    }

    @Test
    void jsonListsWarningSignsForSymptomQuestions() throws Exception {
        JsonNode root = new ObjectMapper().readTree(run("ask", "--json", "my calf is swollen after a cramp").out);
        assertThat(root.get("describesSymptoms").asBoolean()).isTrue();
        assertThat(root.get("warningSigns").get(0).get("rule").asText()).isEqualTo("U1");
        assertThat(root.get("warningSigns").get(0).get("level").asText()).isEqualTo("URGENT");
    }

    @Test
    void textShowsWarningSignsBeforeAnswers() {
        String out = run("ask", "my calf is swollen and red after a cramp").out;
        assertThat(out.indexOf("warning signs")).isLessThan(out.indexOf("1. "));
        assertThat(out).contains("Sources:");
    }

    @Test
    void aPracticalTipIsMarkedAsSuchWithAnEmptySourceListAndSourcedAnswersSayTheirBasis() throws Exception {
        JsonNode answers = new ObjectMapper().readTree(run("ask", "--json", "what is a charley horse").out)
                .get("answers");
        assertThat(answers.get(0).get("id").asText()).isEqualTo("facts.charley-horse");
        assertThat(answers.get(0).get("basis").asText()).isEqualTo("practical-tip");
        assertThat(answers.get(0).get("sources").isArray()).isTrue();
        assertThat(answers.get(0).get("sources")).isEmpty();
        assertThat(answers.get(1).get("basis").asText()).isEqualTo("sources");
        assertThat(run("ask", "what is a charley horse").out)
                .contains("Practical tip from CrampCare (not from a medical source)");
    }

    @Test
    void jsonForAQuestionOutsideTheKnowledgeHasNoAnswers() throws Exception {
        JsonNode root = new ObjectMapper().readTree(run("ask", "--json", "how much baclofen can I take at once").out);
        assertThat(root.get("answers")).isEmpty();
        assertThat(root.get("covered").asBoolean()).isFalse();
        assertThat(root.get("notCovered").asText()).isEqualTo("doses of medicines and supplements");
        JsonNode far = new ObjectMapper().readTree(run("ask", "--json", "which country has the most islands").out);
        assertThat(far.get("answers")).isEmpty();
        assertThat(far.has("notCovered")).isFalse();
    }

    @Test
    void textSaysPlainlyWhatIsNotCoveredAndWhatIs() {
        String out = run("ask", "which country has the most islands").out;
        assertThat(out).contains("CrampCare does not cover that.", "Easing a cramp", "Preventing cramps");
        assertThat(out).doesNotContain("emergency");
    }

    @Test
    void textShowsTheEmergencySignsWhenAnUnansweredQuestionIsAboutThePerson() {
        String out = run("ask", "I keep getting bad stomach cramps and diarrhoea").out;
        assertThat(out).contains("CrampCare does not cover that: period, womb and gut cramps.");
        assertThat(out).contains("Call your local emergency number", "Is the pain so bad that you cannot bear it?");
    }

    @Test
    void badLimitIsAUsageError() {
        assertThat(run("ask", "--limit", "0", "cramp").code).isEqualTo(2);
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int code = cl.execute(args);
        return new Run(code, out.toString());
    }

    private record Run(int code, String out) {
    }
}
