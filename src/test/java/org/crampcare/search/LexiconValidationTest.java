package org.crampcare.search;

import org.crampcare.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.crampcare.knowledge.KnowledgeException;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.Problem;
import org.junit.jupiter.api.Test;

class LexiconValidationTest {

    @Test
    void builtInVocabularyIsValid() {
        SearchLexicon lexicon = LexiconLoader.load(KnowledgeFiles.builtIn(), SearchFixture.KNOWLEDGE);
        assertThat(lexicon.groups()).isNotEmpty();
        assertThat(lexicon.signs()).containsKeys("swelling", "numbness", "unbearable_pain");
    }

    @Test
    void editedVocabularyIsUsed() throws URISyntaxException {
        KnowledgeSearch search = KnowledgeSearch.build(SearchFixture.KNOWLEDGE, fixture("synonyms-ok"));
        assertThat(search.search("zorble", 3).answers()).isNotEmpty();
        SearchResult puffed = search.search("my ankle has puffed up", 3);
        assertThat(puffed.describesSymptoms()).isTrue();
        assertThat(puffed.warningSigns()).extracting(WarningSign::rule).containsExactly("U1");
    }

    @Test
    void schemaProblemsAreReportedByFileAndPath() throws URISyntaxException {
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class,
                () -> LexiconLoader.load(fixture("synonyms-broken"), SearchFixture.KNOWLEDGE));
        assertThat(e.problems()).extracting(Problem::file).containsOnly("synonyms.yaml");
        assertThat(e.problems()).extracting(Problem::path).contains("$.groups[0][1]", "$.groups[1]");
    }

    @Test
    void signsMustNameAnItemOfTheTriageRules() throws URISyntaxException {
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class,
                () -> LexiconLoader.load(fixture("synonyms-unknown-item"), SearchFixture.KNOWLEDGE));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.symptoms.signs[1].item");
            assertThat(p.message()).contains("sunburn");
        });
    }

    @Test
    void foldersWithoutAVocabularyUseTheBuiltInOne() throws URISyntaxException {
        KnowledgeSearch search = KnowledgeSearch.build(SearchFixture.KNOWLEDGE, fixture("."));
        assertThat(search.search("charley horse", 1).answers()).isNotEmpty();
    }

    @Test
    void builtInVocabularyFitsAFolderWithOtherRules() {
        Path minimal = Path.of("src/test/resources/fixtures/knowledge/minimal");
        TestEnvironment.require(java.nio.file.Files.isDirectory(minimal), "fixture folder " + minimal);
        KnowledgeSearch search = org.crampcare.CrampCare.fromFolder(minimal).search();
        assertThat(search.search("my calf is swollen", 3).describesSymptoms()).isFalse();
    }

    private static KnowledgeFiles fixture(String name) throws URISyntaxException {
        return KnowledgeFiles.folder(Path.of(LexiconValidationTest.class.getResource("/search/").toURI()).resolve(name));
    }
}
