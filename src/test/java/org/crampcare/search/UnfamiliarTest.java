package org.crampcare.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.Language;
import org.junit.jupiter.api.Test;

/**
 * A question is read for what it is about: one naming no cramp but a word the knowledge never
 * uses is about something else, and so is a cramp of a kind the knowledge never names. Our own
 * sentences, none taken from an evaluation set.
 */
class UnfamiliarTest {
    private static final KnowledgeBase EN = SearchFixture.KNOWLEDGE.in(Language.EN);
    private static final SearchVocabulary VOCABULARY = SearchVocabulary.load(SearchFixture.KNOWLEDGE, KnowledgeFiles.builtIn());
    private static final SearchLexicon LEXICON = VOCABULARY.lexicon(Language.EN);
    private static final TextAnalysis ANALYSIS = new TextAnalysis(Language.EN, LEXICON.stopWords());
    private static final Unfamiliar UNFAMILIAR = new Unfamiliar(ANALYSIS,
            KnowledgeWords.withCues(KnowledgeWords.texts(Passages.of(EN), LEXICON), LEXICON),
            VOCABULARY.scope(Language.EN).subjectWords(), VOCABULARY.scope(Language.EN).bodyWords());

    private static boolean outside(String question) {
        return UNFAMILIAR.outside(question, question.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void aQuestionNamingNoCrampButAnotherThingIsOutside() {
        assertThat(outside("physio exercises for a bunion")).isTrue();
        assertThat(outside("how do I tape a hyperextended elbow")).isTrue();
        assertThat(outside("what is the outlook for scoliosis")).isTrue();
    }

    @Test
    void aQuestionInTheKnowledgesOwnWordsIsNotOutsideEvenWithoutACramp() {
        assertThat(outside("hot water bottle or frozen peas for my calf")).isFalse();
        assertThat(outside("how much water should a pregnant woman drink")).isFalse();
        assertThat(outside("what is dorsiflexion")).isFalse();
    }

    @Test
    void aCrampMakesAnyOtherWordContext() {
        assertThat(outside("my thigh cramps every time I play pickleball")).isFalse();
        assertThat(outside("grandad gets calf cramps after gardening")).isFalse();
    }

    @Test
    void aCrampOfAnUnfamiliarKindIsOutsideButADescribedOneIsNot() {
        assertThat(outside("are diaphragmatic spasms dangerous")).isTrue();
        assertThat(outside("intestinal cramping after lunch")).isTrue();
        assertThat(outside("horrendous cramps in both calves")).isFalse();
        assertThat(outside("crippling cramps in my feet")).isFalse();
    }

    @Test
    void shortWordsNamesAndDescribingWordsAreNotReadAsASubject() {
        assertThat(outside("calf went rock solid and lumpy lol")).isFalse();
        assertThat(outside("is Voltaren any good on a tight calf")).isFalse();
        assertThat(outside("what does smr mean")).isFalse();
    }

    @Test
    void subjectWordsMatchAsWrittenSoACrampedRoomIsNoCramp() {
        assertThat(UNFAMILIAR.namesSubject("the spare room is cramped and dark")).isFalse();
        assertThat(UNFAMILIAR.namesSubject("my calf cramped up on the stairs")).isTrue();
        assertThat(UNFAMILIAR.namesSubject("my back seized up")).isTrue();
    }

    @Test
    void aLanguageWhoseScopeDoesNotAskForItKeepsAnsweringByItsOtherRules() {
        Scope spanish = VOCABULARY.scope(Language.ES);
        assertThat(spanish.unfamiliarOutside()).isFalse();
        assertThat(VOCABULARY.scope(Language.EN).unfamiliarOutside()).isTrue();
        assertThat(SearchFixture.SEARCH.search("physio exercises for a bunion", 5).answers()).isEmpty();
        assertThat(SearchFixture.SEARCH.search("is Voltaren any good on a tight calf", 5).answers()).isNotEmpty();
        assertThat(List.of(ScopeCheck.NUMBER_PHRASE)).containsExactly("<number>");
    }
}
