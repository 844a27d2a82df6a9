package org.crampcare.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crampcare.knowledge.KnowledgeFiles;
import org.junit.jupiter.api.Test;

/**
 * Questions outside the knowledge get no answers, and questions that only look like them still do.
 * Our own sentences, none taken from an evaluation set.
 */
class ScopeTest {
    private static final ScopeCheck SCOPE = new ScopeCheck(new TextAnalysis(List.of()), ScopeLoader.load(KnowledgeFiles.builtIn()));

    @Test
    void animalsAreNotCoveredButACharleyHorseIsNoHorse() {
        assertThat(SCOPE.notCovered("my spaniel's back leg keeps seizing up")).contains("animals");
        assertThat(SCOPE.notCovered("my dog's back leg keeps seizing up")).contains("animals");
        assertThat(SCOPE.notCovered("do horses get cramp after a long ride")).contains("animals");
        assertThat(SCOPE.notCovered("what is a charley horse and why is it called that")).isEmpty();
    }

    @Test
    void dosesAreNotCoveredButDurationsAndChoicesAre() {
        assertThat(SCOPE.notCovered("how many milligrams of magnesium a day")).isPresent();
        assertThat(SCOPE.notCovered("is 400mg of magnesium too much")).isPresent();
        assertThat(SCOPE.notCovered("what dosage of quinine works for night cramps")).isPresent();
        assertThat(SCOPE.notCovered("how many weeks do people stay on a muscle relaxant")).isEmpty();
        assertThat(SCOPE.notCovered("should I try magnesium for my cramps")).isEmpty();
        assertThat(SCOPE.notCovered("how much water should I drink to avoid cramps")).isEmpty();
    }

    @Test
    void periodAndGutCrampsAreNotCoveredButLongPeriodsOfSittingAre() {
        assertThat(SCOPE.notCovered("painful cramps on the first day of my period")).isPresent();
        assertThat(SCOPE.notCovered("tummy cramps with diarrhoea since yesterday")).isPresent();
        assertThat(SCOPE.notCovered("my legs cramp after long periods of sitting")).isEmpty();
        assertThat(SCOPE.notCovered("cramp in my stomach muscles after sit-ups")).isEmpty();
    }

    @Test
    void earlyPregnancyBellyCrampsAreNotCoveredButPregnancyLegCrampsAre() {
        assertThat(SCOPE.notCovered("lower belly cramps at 7 weeks pregnant")).isPresent();
        assertThat(SCOPE.notCovered("calf cramps every night at 30 weeks pregnant")).isEmpty();
    }

    @Test
    void injuriesAreNotCoveredUnlessTheQuestionIsAboutACramp() {
        assertThat(SCOPE.notCovered("I sprained my wrist falling off my bike")).isPresent();
        assertThat(SCOPE.notCovered("since I sprained my ankle my calf keeps cramping")).isEmpty();
    }

    @Test
    void otherSpasmsAndLookAlikeWordsAreNotCovered() {
        assertThat(SCOPE.notCovered("hiccups that will not stop")).isPresent();
        assertThat(SCOPE.notCovered("my bladder spasms at night")).isPresent();
        assertThat(SCOPE.notCovered("does a new baby brother cramp your style")).isPresent();
        assertThat(SCOPE.notCovered("which crampons fit walking boots")).isPresent();
        assertThat(SCOPE.notCovered("why does my foot cramp when I point my toes")).isEmpty();
    }

    @Test
    void searchGivesNoAnswersAndNamesTheSubject() {
        SearchResult r = SearchFixture.SEARCH.search("how many mg of potassium should my husband take", 5);
        assertThat(r.answers()).isEmpty();
        assertThat(r.covered()).isFalse();
        assertThat(r.notCovered()).isEqualTo("doses of medicines and supplements");
    }

    @Test
    void misspeltSubjectsAreCaughtAfterSpellingCorrectionToo() {
        assertThat(SearchFixture.SEARCH.search("stomach crampes and diarhoea after a takeaway", 5).answers()).isEmpty();
    }

    @Test
    void otherHealthProblemsAreNotCoveredUnlessTheQuestionIsAboutCrampsOrMuscles() {
        assertThat(SCOPE.notCovered("is my sciatica getting worse")).contains("other health problems");
        assertThat(SCOPE.notCovered("can asthma be cured")).contains("other health problems");
        assertThat(SCOPE.notCovered("how long is someone contagious with the flu")).contains("other health problems");
        assertThat(SCOPE.notCovered("I have arthritis and my legs cramp at night")).isEmpty();
        assertThat(SCOPE.notCovered("should I put a cold pack on a calf cramp")).isEmpty();
    }

    @Test
    void trainingGoalsAndUncoveredSupplementsAreNotCoveredButCrampsInTrainingAre() {
        assertThat(SCOPE.notCovered("how do I put on muscle and bulk up")).isPresent();
        assertThat(SCOPE.notCovered("best training plan for a first marathon")).isPresent();
        assertThat(SCOPE.notCovered("does collagen powder do anything")).isPresent();
        assertThat(SCOPE.notCovered("why do I cramp in the last 10k of a marathon")).isEmpty();
    }

    @Test
    void moreWaysOfAskingForADoseAreNotCovered() {
        assertThat(SCOPE.notCovered("what's the most i can take of ibuprofen")).isPresent();
        assertThat(SCOPE.notCovered("how many glasses of tonic water is safe")).isPresent();
        assertThat(SCOPE.notCovered("how many glasses of water a day stop cramps")).isEmpty();
    }

    @Test
    void eyelidAndHeartSpasmsAreNotMuscleCramps() {
        assertThat(SCOPE.notCovered("my eyelid has been twitching for a week")).isPresent();
        assertThat(SCOPE.notCovered("what is a coronary artery spasm")).isPresent();
        assertThat(SCOPE.notCovered("my calf muscle twitches for a week")).isEmpty();
    }
}
