package org.crampcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.crampcare.intake.TextIntake;
import org.crampcare.triage.Assessor;
import org.junit.jupiter.api.Test;

/** The terminal interview, driven by scripted answers. */
class TerminalInterviewTest {
    private static final Assessor ASSESSOR = Assessor.builtIn();

    @Test
    void aYesOnTheFirstEmergencyQuestionStopsAtOnce() {
        String out = interview("y\n");
        assertThat(out).contains("=== EMERGENCY ===");
        assertThat(out).doesNotContain(question("all_over_body"));
    }

    @Test
    void allNoAnswersEndInSelfCareWithAdviceForTheChosenMuscle() {
        String script = "n\nn\nn\n" + "n\nn\nn\nn\nn\nn\n" + "4\n1\n2\nn\nn\nn\nn\nn\nn\nn\n" + "none\nnone\n"
                + "1\n45\n2\n\n\n\n\n";
        String out = interview(script);
        assertThat(out).contains("=== SELF-CARE ===");
        assertThat(out).contains("Relief right now").contains("Calf");
    }

    @Test
    void dontKnowLeavesTheItemUnansweredAndTheResultIncomplete() {
        String out = interview("d\n");
        assertThat(out).contains(question("all_over_body"));
        assertThat(out).contains("not complete");
    }

    @Test
    void nonsenseIsAskedAgainWithAHintAndHelpExplainsTheQuestion() {
        String out = interview("h\nmaybe\nn\n");
        assertThat(out).contains("Why we ask:").contains("Please answer y (yes), n (no) or d (don't know).");
    }

    @Test
    void outOfRangeNumbersAreRefusedAndAskedAgain() {
        String out = interview("n\nn\nn\nn\nn\nn\nn\nn\nn\n11\n");
        assertThat(out).contains("Sorry, expected a value from 0 to 10, got 11.");
    }

    @Test
    void aSignTheDescriptionHintsAtIsAskedFirstQuotingThePerson() {
        String out = interview("my calf cramps most nights and I can't keep going like this", "y\n");
        assertThat(out).contains("You wrote \"can't keep going\".")
                .contains(question("unbearable_pain")).contains("=== EMERGENCY ===");
    }

    @Test
    void whatTheDescriptionSaysIsNotAskedAgain() {
        String out = interview("my calf is swollen after a cramp", "n\nn\nn\n");
        assertThat(out).doesNotContain(question("swelling")).contains("=== URGENT ===");
    }

    private static String interview(String description, String script) {
        Assessor reading = Assessor.create(ASSESSOR.knowledge(), TextIntake.builtIn(ASSESSOR.knowledge()));
        StringWriter out = new StringWriter();
        new TerminalInterview(reading, new BufferedReader(new StringReader(script)), new PrintWriter(out), description).run();
        return out.toString();
    }

    private static String question(String id) {
        return ASSESSOR.knowledge().item(id).orElseThrow().question();
    }

    private static String interview(String script) {
        StringWriter out = new StringWriter();
        new TerminalInterview(ASSESSOR, new BufferedReader(new StringReader(script)), new PrintWriter(out)).run();
        return out.toString();
    }
}
