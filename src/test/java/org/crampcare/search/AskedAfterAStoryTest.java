package org.crampcare.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crampcare.knowledge.Language;
import org.junit.jupiter.api.Test;

/**
 * What a question asks decides its answers, whatever story is told before it; asking about the app
 * finds the app's diary; a muscle told as going rock hard is the knowledge's subject even without
 * the word "cramp". Our own sentences, stories crossed with questions.
 */
class AskedAfterAStoryTest {
    /**
     * Known and left open, as "story | question": a story of standing all day, or of drinking little
     * water, still pulls the standing or drinks entries above when to see a doctor (the story counts 0.75 in the word ranking and in
     * full in the ranking by meaning; 0.5 mended this but lost answers on the repo's tune6 and es4 sets).
     * Each must still miss: a case that is mended leaves the list, so it cannot regress unseen.
     */
    private static final Set<String> KNOWN = Set.of(
            "It started last spring after I changed jobs, and I stand all day now. | When should I see a doctor about my leg cramps?",
            "Mi madre tiene 80 años y vive sola. Bebe poca agua. | ¿Cuándo tengo que ir al médico por los calambres?",
            "Mi madre tiene 80 años y vive sola. Bebe poca agua. | ¿Cuánto dura normalmente un calambre?");
    private static final List<String> STORIES = List.of(
            "I'm 47 and I run three times a week.",
            "My mum is 80 and lives on her own. She doesn't drink much.",
            "It started last spring after I changed jobs, and I stand all day now.");
    private static final List<String> ESTORIES = List.of(
            "Tengo 47 años y salgo a correr tres veces por semana.",
            "Mi madre tiene 80 años y vive sola. Bebe poca agua.");

    /**
     * The answer a question gets alone stays in the first three with a story told before it. Not
     * first: the ranking by meaning still reads the whole text, and a story of standing all day may
     * rightly bring the standing entry forward.
     */
    @Test
    void aStoryBeforeTheQuestionKeepsItsAnswerInTheTopThree() {
        crossed(STORIES, List.of("When should I see a doctor about my leg cramps?",
                "How long does a cramp usually last?",
                "Why do muscles cramp at all?"), Language.EN);
        crossed(ESTORIES, List.of("¿Cuándo tengo que ir al médico por los calambres?",
                "¿Cuánto dura normalmente un calambre?"), Language.ES);
    }

    @Test
    void askingWhereToNoteCrampsInTheAppFindsTheAppsDiary() {
        for (String q : List.of("Can I note down my cramps in this app?",
                "Where in the application do I keep a written record of each cramp?",
                "does the app let me keep track of how often my legs cramp",
                "I'd like to jot down every cramp for my physio, can CrampCare do that?")) {
            assertThat(SearchFixture.firstId(q)).as(q).isEqualTo("facts.crampcare-diary");
        }
        for (String q : List.of("¿Puedo anotar mis calambres en la app?", "la aplicación tiene un diario para apuntar los calambres?")) {
            assertThat(SearchFixture.SEARCH.search(q, 3, Language.ES).answers().get(0).id()).as(q)
                    .isEqualTo("facts.crampcare-diary");
        }
    }

    @Test
    void aMuscleToldAsRockHardNamesTheSubject() {
        ScopeCheck scope = new ScopeCheck(new TextAnalysis(List.of()),
                ScopeLoader.load(org.crampcare.knowledge.KnowledgeFiles.builtIn()));
        for (String part : List.of("calf", "foot", "thigh", "toes")) {
            for (String state : List.of("went rock hard", "was knotted up", "curled up and wouldn't straighten")) {
                String q = "his " + part + " " + state + ", what do I do?";
                assertThat(scope.namesSubject(q)).as(q).isTrue();
            }
        }
        for (String q : List.of("the ground went rock hard in the frost", "my knee locked up on the stairs",
                "my stomach was in knots before the exam", "what do I do about a hard lump on my arm")) {
            assertThat(scope.namesSubject(q)).as(q).isFalse();
        }
    }

    /**
     * Every story crossed with every question keeps the question's own first answer in its top three,
     * except the {@link #KNOWN} cases, each of which must still lose it.
     */
    private static void crossed(List<String> stories, List<String> questions, Language language) {
        List<String> moved = new ArrayList<>();
        List<String> mended = new ArrayList<>();
        for (String question : questions) {
            String alone = SearchFixture.SEARCH.search(question, 3, language).answers().get(0).id();
            for (String story : stories) {
                SearchResult told = SearchFixture.SEARCH.search(story + " " + question, 3, language);
                List<String> top = told.answers().stream().map(SearchAnswer::id).toList();
                boolean known = KNOWN.contains(story + " | " + question);
                if (!top.contains(alone) && !known) {
                    moved.add(story + " " + question + " -> " + top + " without " + alone);
                } else if (top.contains(alone) && known) {
                    mended.add(story + " | " + question);
                }
            }
        }
        assertThat(moved).isEmpty();
        assertThat(mended).as("KNOWN entries that now pass: take them off the list").isEmpty();
    }
}
