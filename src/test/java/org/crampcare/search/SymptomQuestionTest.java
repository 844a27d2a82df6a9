package org.crampcare.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crampcare.search.SearchFixture.SEARCH;

import org.crampcare.knowledge.TriageLevel;
import org.junit.jupiter.api.Test;

class SymptomQuestionTest {

    @Test
    void swollenRedCalfIsFlaggedWithItsWarningSigns() {
        SearchResult r = SEARCH.search("my calf is swollen and red after a cramp", 5);
        assertThat(r.describesSymptoms()).isTrue();
        assertThat(r.warningSigns()).extracting(WarningSign::rule).containsExactly("U1", "U2");
        assertThat(r.warningSigns()).allSatisfy(w -> {
            assertThat(w.level()).isEqualTo(TriageLevel.URGENT);
            assertThat(w.explanation()).isNotBlank();
            assertThat(w.action()).isNotBlank();
        });
        assertThat(r.answers().get(0).id()).startsWith("provider.help.");
    }

    @Test
    void numbColdLegIsFlagged() {
        SearchResult r = SEARCH.search("my leg is numb and cold", 5);
        assertThat(r.describesSymptoms()).isTrue();
        assertThat(r.warningSigns()).extracting(WarningSign::rule).contains("U4");
    }

    @Test
    void emergencySignsComeBeforeOtherSigns() {
        SearchResult r = SEARCH.search("I swallowed weed killer and now my legs are weak and cramping all over", 5);
        assertThat(r.warningSigns()).extracting(WarningSign::rule).containsExactly("E2", "E3", "A5");
    }

    @Test
    void plainKnowledgeQuestionsAreNotFlagged() {
        for (String q : new String[] {"how long should I ice it", "Is it better to put heat or ice on a cramp?",
                "is it dangerous?", "when should I see a doctor", "can swelling after a cramp be serious",
                "should I take a warm bath for my cramp"}) {
            SearchResult r = SEARCH.search(q, 3);
            assertThat(r.describesSymptoms()).as(q).isFalse();
            assertThat(r.warningSigns()).as(q).isEmpty();
        }
    }

    @Test
    void negatedSignsAreNotFlagged() {
        assertThat(SEARCH.search("my calf isn't swollen but it aches", 3).describesSymptoms()).isFalse();
        assertThat(SEARCH.search("no numbness in my foot, just cramps", 3).describesSymptoms()).isFalse();
    }

    @Test
    void warningSignQuestionsReachThePolicy() {
        assertThat(SEARCH.search("is it dangerous?", 1).answers().get(0).id()).isEqualTo("facts.dangerous");
        assertThat(SEARCH.search("what are the warning signs", 5).answers())
                .anySatisfy(a -> assertThat(a.topic()).isIn("provider", Passages.WARNING_SIGNS));
    }

    @Test
    void limitIsRespectedAndMustBePositive() {
        assertThat(SEARCH.search("cramp", 2).answers()).hasSize(2);
        assertThatThrownBy(() -> SEARCH.search("cramp", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void questionWithoutSearchableWordsHasNoAnswers() {
        SearchResult r = SEARCH.search("what is the?", 5);
        assertThat(r.answers()).isEmpty();
        assertThat(r.describesSymptoms()).isFalse();
    }
}
