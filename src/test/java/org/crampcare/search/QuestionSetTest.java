package org.crampcare.search;

import org.crampcare.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crampcare.app.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Runs {@code eval questions} on the shared dev set and on this feature's own wider question set. */
class QuestionSetTest {
    private static final Pattern SCORE = Pattern.compile("correct first answer: (\\d+)/(\\d+)");

    @Test
    void devSetScoresAtLeast18Of20() {
        String shared = System.getProperty("crampcare.shared");
        TestEnvironment.require(shared != null, "system property crampcare.shared is not set");
        Path dev = Path.of(shared, "eval", "questions-dev.jsonl");
        TestEnvironment.require(Files.isRegularFile(dev), "no dev set at " + dev);
        assertThat(correct(dev.toString())).isGreaterThanOrEqualTo(18);
    }

    @Test
    void ownQuestionsInOtherWordsScoreAtLeast20Of22() throws Exception {
        Path extra = Path.of(QuestionSetTest.class.getResource("/search/questions-extra.jsonl").toURI());
        assertThat(correct(extra.toString())).isGreaterThanOrEqualTo(20);
    }

    private static int correct(String file) {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.execute("eval", "questions", file);
        Matcher m = SCORE.matcher(out.toString());
        assertThat(m.find()).as(out.toString()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
