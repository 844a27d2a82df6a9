package org.crampcare.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.crampcare.knowledge.KnowledgeFiles;
import org.junit.jupiter.api.Test;

/**
 * The ranking by meaning: what it finds that words alone miss, and the questions it leaves
 * unanswered because nothing in the knowledge is close to them. Our own sentences.
 */
class MeaningSearchTest {

    @Test
    void questionsFarFromEveryPassageGetNoAnswers() {
        for (String q : new String[] {"which country has the most islands", "recommend a film for tonight",
            "how do I reset my router", "what is the capital of Australia", "how can I get better at chess"}) {
            SearchResult r = SearchFixture.SEARCH.search(q, 5);
            assertThat(r.answers()).as(q).isEmpty();
            assertThat(r.notCovered()).as(q).isEmpty();
        }
    }

    @Test
    void onTopicQuestionsInOtherWordsAreStillAnswered() {
        for (String q : new String[] {"my calf went rock hard in the middle of the night",
            "the arch of my foot curls up and locks", "is it bad that my legs knot up after football",
            "what can I do so this stops happening at night"}) {
            assertThat(SearchFixture.SEARCH.search(q, 5).answers()).as(q).isNotEmpty();
        }
    }

    @Test
    void wordsAloneAnswerWhateverSharesAWordButStillKeepTheScope() {
        KnowledgeSearch words = KnowledgeSearch.byWords(SearchFixture.KNOWLEDGE, KnowledgeFiles.builtIn());
        assertThat(words.search("how do I reset my router at night", 5).covered()).isTrue();
        assertThat(words.search("my dog has a limp", 5).covered()).isFalse();
    }

    @Test
    void closestPassagesComeBestFirstWithTheirSimilarity() {
        DenseIndex.Hit best = DenseIndex.build(Passages.of(SearchFixture.KNOWLEDGE))
                .top("how long should an ice pack stay on", 3).get(0);
        assertThat(best.passage().id()).isEqualTo("relief.ice");
        assertThat(best.similarity()).isBetween(0.5f, 1f);
    }

    /**
     * However long the question, the model reads at most {@code MEANING_WORDS} of its words, only
     * content words once it is long, so the costliest step of a search is bounded (issue #14, latency).
     */
    @Test
    void theModelReadsABoundedNumberOfTheQuestionsContentWords() {
        LanguageSearch english = new LanguageSearch(SearchFixture.KNOWLEDGE, LexiconLoader.load(KnowledgeFiles.builtIn(),
                SearchFixture.KNOWLEDGE), ScopeLoader.load(KnowledgeFiles.builtIn()), false, false);
        assertThat(english.forMeaning("what can I do about a cramp in my calf"))
                .isEqualTo("what can i do about a cramp in my calf");
        assertThat(english.forMeaning("what can I do about the cramp that I get in my calf on most of the evenings"))
                .isEqualTo("about cramp calf most evenings");
        String longQuestion = "my calf cramps when I walk to the shops and back ".repeat(30);
        assertThat(english.forMeaning(longQuestion).split(" ")).hasSize(LanguageSearch.MEANING_WORDS);
    }

    @Test
    void aLongQuestionIsAnsweredLikeItsShortForm() {
        String shortForm = "how long should an ice pack stay on a sore calf";
        String longForm = "I have been out walking most of the day and my calf is sore now, so I wondered, and I hope "
                + "this is not a silly question, how long should an ice pack stay on a sore calf";
        assertThat(SearchFixture.firstId(longForm)).isEqualTo(SearchFixture.firstId(shortForm));
    }
}
