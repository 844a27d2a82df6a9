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

/**
 * Runs {@code eval questions} on the shared dev sets, the tune half of the issue #14 protocol and
 * this feature's own question sets, each with thresholds a regression would break (see
 * src/test/resources/eval/README.md).
 */
class QuestionSetTest {

    @Test
    void devSetScoresAtLeast18Of20() {
        assertThat(score(shared("questions-dev.jsonl")).first).isGreaterThanOrEqualTo(18);
    }

    @Test
    void secondDevSet() {
        Score s = score(shared("questions-dev2.jsonl"));
        assertThat(s.first).as(s.out).isGreaterThanOrEqualTo(24);
        assertThat(s.top3).as(s.out).isGreaterThanOrEqualTo(25);
        assertThat(s.unanswered).as(s.out).isZero();
    }

    @Test
    void tuneSetOfTheProtocol() throws Exception {
        atLeast(score(resource("/eval/questions-tune.jsonl")), TUNE_FIRST, TUNE_TOP3, 21);
    }

    @Test
    void ownQuestionsOfEveryAnswerTypeAndOffTopicKind() throws Exception {
        atLeast(score(resource("/eval/questions-own.jsonl")), OWN_FIRST, OWN_TOP3, 36);
    }

    /** The figures reach the thresholds, and at most one on-topic question is left unanswered. */
    private static void atLeast(Score s, int first, int top3, int abstained) {
        assertThat(s.first).as(s.out).isGreaterThanOrEqualTo(first);
        assertThat(s.top3).as(s.out).isGreaterThanOrEqualTo(top3);
        assertThat(s.unanswered).as(s.out).isLessThanOrEqualTo(1);
        assertThat(s.abstained).as(s.out).isGreaterThanOrEqualTo(abstained);
    }

    @Test
    void ownQuestionsInOtherWordsScoreAtLeast20Of22() throws Exception {
        assertThat(score(resource("/search/questions-extra.jsonl")).first).isGreaterThanOrEqualTo(20);
    }

    @Test
    void spanishTuneSet() throws Exception {
        atLeast(score(resource("/eval/es-questions-tune.jsonl"), "es"), ES_TUNE_FIRST, ES_TUNE_TOP3, 14);
    }

    @Test
    void ownSpanishQuestions() throws Exception {
        atLeast(score(resource("/eval/es-questions-own.jsonl"), "es"), ES_OWN_FIRST, ES_OWN_TOP3, 11);
    }

    /**
     * The search3 sets of issue #14, written before tuning (README): the dev half was looked at while
     * tuning, the held half only scored before and after. English dev measured 33/36, 35/36, off-topic
     * 12/12; held 33/38, 35/38, off-topic 13/14 (32/38, 35/38, 10/14 before); one question of slack.
     */
    @Test
    void search3QuestionSets() throws Exception {
        atLeast(score(resource("/eval/questions-s3-dev.jsonl")), 32, 34, 11);
        atLeast(score(resource("/eval/questions-s3-held.jsonl")), 32, 34, 12);
    }

    /**
     * The search5 own set of issue #14 (README): 30 on-topic and 10 off-topic questions written before
     * that work (main: 29/30, 30/30, off-topic 9/10), plus batch b, variants of each fix written after
     * it. Measured 44/48, 48/48, off-topic 23/23, none unanswered; one question of slack.
     */
    @Test
    void search5OwnQuestions() throws Exception {
        atLeast(score(resource("/eval/questions-own5.jsonl")), 43, 47, 22);
    }

    /**
     * The search6 sets of issue #14 (README): the team's tune6 file (55 on-topic + 23 off-topic; main
     * 48/55, 50/55, 3 unanswered, 23/23), tune5 (50 + 22; 50/50, 50/50, 22/22) and the own6 set (main
     * on batch a: 22/30, 24/30, 1 unanswered, 10/10). Measured after: tune6 54/55, 55/55, 0, 23/23;
     * tune5 unchanged; own6 43/48, 47/48, 0, 13/13. One question of slack.
     */
    @Test
    void search6QuestionSets() throws Exception {
        atLeast(score(resource("/eval/questions-tune6.jsonl")), 53, 54, 23);
        atLeast(score(resource("/eval/questions-tune5.jsonl")), 49, 49, 22);
        atLeast(score(resource("/eval/questions-own6.jsonl")), 42, 46, 13);
    }

    /**
     * The search7 own sets of issues #14 and #18: variants of each fix of that pass, in other words than
     * the tune questions (texting shorthand, a supplement's evidence, an option set aside with "instead
     * of"/"rather than"/"en vez de", counts and combinations of painkillers, breath-holding spells; in
     * Spanish also "¿la llevo...?" and the painkiller entry's listed questions). Measured on the finished
     * pass: English 9/9, 9/9, 4/4 off-topic; Spanish 6/6, 6/6, 3/3 (main: English 5/9, 6/9, 1/4;
     * Spanish 2/3, 3/3, 1/3 on the first three on-topic). No slack: each is a fix.
     */
    @Test
    void search7OwnQuestions() throws Exception {
        atLeast(score(resource("/eval/questions-own7.jsonl")), 9, 9, 4);
        atLeast(score(resource("/eval/es-questions-own7.jsonl"), "es"), 6, 6, 3);
    }

    /**
     * Spanish search3 sets: dev measured 14/17, 16/17, off-topic 7/7 (one question unanswered); held
     * 16/19, 18/19, off-topic 5/5 (one unanswered), as before. After the es4 pass of issue #18 (Spanish
     * vocabulary and analysis): dev 17/17, 17/17, 7/7; held 18/19, 19/19, 5/5; one question of slack.
     */
    @Test
    void spanishSearch3QuestionSets() throws Exception {
        atLeast(score(resource("/eval/es-questions-s3-dev.jsonl"), "es"), 16, 16, 6);
        atLeast(score(resource("/eval/es-questions-s3-held.jsonl"), "es"), 17, 18, 4);
    }

    /**
     * The es4 sets of issue #18 (README), written before that work: tune measured 31/32, 32/32,
     * off-topic 12/12; held 27/33, 32/33, 12/12 (one unanswered) after the fixes its misses showed
     * (24/33 when first scored); one question of slack.
     */
    @Test
    void spanishEs4QuestionSets() throws Exception {
        atLeast(score(resource("/eval/es-questions-es4-tune.jsonl"), "es"), 30, 31, 11);
        atLeast(score(resource("/eval/es-questions-es4-held.jsonl"), "es"), 26, 31, 11);
    }

    /**
     * The own set of the es5 pass of issue #18 (README): batch a (22 on-topic, 8 off-topic) written before
     * that work, main scored 19/22, 22/22, off-topic 8/8; batch b (11 + 4) written after, as variants of
     * the mechanisms. Both together measured 31/33, 32/33, 12/12 on the finished pass; one question of
     * slack, and no on-topic question left unanswered.
     */
    @Test
    void spanishEs5OwnQuestions() throws Exception {
        Score s = score(resource("/eval/es-questions-own5.jsonl"), "es");
        atLeast(s, 30, 31, 12);
        assertThat(s.unanswered).as(s.out).isZero();
    }

    /**
     * The es6 pass of issue #18 (README): the team's outside-writer sets tune6 (40 on-topic + 15 off-topic;
     * its aside quarter scored only before and after) and tune5, and the es6 own set (batch a written
     * before any change, batch b variants of each fix). Measured on the finished pass: tune6 36/40, 39/40,
     * none unanswered, 15/15 (main: 30/40, 35/40, 2 unanswered, 14/15); tune5 36/40, 40/40, 0, 15/15
     * (main 35/40); own6 45/49, 48/49, 0, 12/12 (main 27/49, 36/49, 2, 6/12). Thresholds at those figures.
     */
    @Test
    void spanishEs6QuestionSets() throws Exception {
        Score tune6 = score(resource("/eval/es-questions-tune6.jsonl"), "es");
        atLeast(tune6, 36, 39, 15);
        assertThat(tune6.unanswered).as(tune6.out).isZero();
        atLeast(score(resource("/eval/es-questions-tune5.jsonl"), "es"), 36, 40, 15);
        Score own = score(resource("/eval/es-questions-own6.jsonl"), "es");
        atLeast(own, 45, 48, 12);
        assertThat(own.unanswered).as(own.out).isZero();
    }

    /**
     * Spanish, words only: measured 35/40, 39/40 (off-topic 14/15) on the tune set, 40/40, 40/40
     * (15/15) after the es4 pass of issue #18; one question of slack.
     */
    private static final int ES_TUNE_FIRST = 39;
    private static final int ES_TUNE_TOP3 = 39;
    /** Measured 28/32, 32/32 (off-topic 12/12) on the own Spanish set, 31/32 after es4; one question of slack. */
    private static final int ES_OWN_FIRST = 30;
    private static final int ES_OWN_TOP3 = 31;
    /** Measured 55/60 and 58/60 on commit "fusion by scaled scores"; one question of slack. */
    private static final int TUNE_FIRST = 54;
    private static final int TUNE_TOP3 = 57;
    /** Measured 57/60 and 59/60 (off-topic 37/40) on the same commit; one question of slack. */
    private static final int OWN_FIRST = 56;
    private static final int OWN_TOP3 = 58;
    private static final Pattern LINE = Pattern.compile("^([a-z0-9 -]+): (\\d+)/(\\d+)", Pattern.MULTILINE);

    private static Path shared(String name) {
        String shared = System.getProperty("crampcare.shared");
        TestEnvironment.require(shared != null, "system property crampcare.shared is not set");
        Path file = Path.of(shared, "eval", name);
        TestEnvironment.require(Files.isRegularFile(file), "no dev set at " + file);
        return file;
    }

    private static Path resource(String name) throws Exception {
        return Path.of(QuestionSetTest.class.getResource(name).toURI());
    }

    private static Score score(Path file) {
        return score(file, "en");
    }

    private static Score score(Path file, String language) {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.execute("eval", "questions", "--language", language, file.toString());
        Score s = new Score(out.toString());
        Matcher m = LINE.matcher(s.out);
        while (m.find()) {
            int n = Integer.parseInt(m.group(2));
            switch (m.group(1)) {
                case "correct first answer" -> s.first = n;
                case "correct in top 3" -> s.top3 = n;
                case "on-topic unanswered" -> s.unanswered = n;
                case "off-topic abstained" -> s.abstained = n;
                default -> { }
            }
        }
        assertThat(s.first).as(s.out).isGreaterThanOrEqualTo(0);
        return s;
    }

    /** The figures printed by {@code eval questions}; -1 until read. */
    private static final class Score {
        final String out;
        int first = -1;
        int top3 = -1;
        int unanswered = -1;
        int abstained = -1;

        Score(String out) {
            this.out = out;
        }
    }
}
