package org.crampcare;

import java.nio.file.Path;
import org.crampcare.intake.TextIntake;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.search.KnowledgeSearch;
import org.crampcare.search.SearchVocabulary;
import org.crampcare.triage.Assessor;
import org.crampcare.triage.TextInterpreter;

/**
 * CrampCare as a Java library: the loaded knowledge and every service built on it, wired once.
 *
 * <p>This is the one place that decides which implementation each feature uses (an explicit
 * registry rather than discovery by reflection). Immutable and thread-safe: build it once at
 * start-up and share it.
 */
public final class CrampCare {
    private final KnowledgeBase knowledge;
    private final Assessor assessor;
    private final Deferred<TextInterpreter> textReader;
    private final Deferred<KnowledgeSearch> search;

    /**
     * Loads and checks everything a broken knowledge folder could break (the knowledge itself, the
     * search vocabulary) at once; the slow builds from checked data (the lexicons' compiled phrases
     * and spelling dictionaries, the search index) wait for {@link #warmUp} or their first use.
     */
    private CrampCare(KnowledgeBase knowledge, KnowledgeFiles files) {
        this.knowledge = knowledge;
        SearchVocabulary vocabulary = SearchVocabulary.load(knowledge, files);
        this.search = new Deferred<>(vocabulary::build);
        this.textReader = new Deferred<>(() -> textInterpreter(knowledge));
        this.assessor = Assessor.create(knowledge, (text, language) -> textReader.get().read(text, language));
    }

    /** CrampCare on its built-in knowledge. */
    public static CrampCare builtIn() {
        return new CrampCare(KnowledgeLoader.builtIn(), KnowledgeFiles.builtIn());
    }

    /** CrampCare on edited knowledge files in a folder (validated exactly like the built-in ones). */
    public static CrampCare fromFolder(Path dir) {
        KnowledgeFiles files = KnowledgeFiles.folder(dir);
        return new CrampCare(KnowledgeLoader.load(files), files);
    }

    /** CrampCare on an already loaded knowledge base (with the built-in search vocabulary). */
    public static CrampCare on(KnowledgeBase knowledge) {
        return new CrampCare(knowledge, KnowledgeFiles.builtIn());
    }

    /** Free text is read with the built-in lexicon, checked against the loaded knowledge. */
    private static TextInterpreter textInterpreter(KnowledgeBase knowledge) {
        return TextIntake.builtInOrRefusing(knowledge);
    }

    /** The validated knowledge base. */
    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /** The assessment entry point. */
    public Assessor assessor() {
        return assessor;
    }

    /**
     * The knowledge search ("Ask CrampCare"): built on first use, or waited for when {@link #warmUp}
     * has started it; rethrows a failed build.
     */
    public KnowledgeSearch search() {
        return search.get();
    }

    /**
     * Starts building the free-text reader and the search index on background threads, and then
     * loading the search's embedding model; returns at once.
     *
     * <p>A server calls this once it is listening, so start-up does not wait seconds for them; a
     * request that needs one before it is ready waits for it.
     */
    public void warmUp() {
        textReader.buildInBackground("crampcare-text-reader");
        search.buildInBackground("crampcare-search-index");
        search.whenBuilt(KnowledgeSearch::warmUp);
    }

    /**
     * Waits until the free-text reader and the search index are built and the search's embedding
     * model has loaded (starting them when {@link #warmUp} has not); rethrows a failed build.
     *
     * <p>A server calls this before its process ends, so that it never exits while the model is
     * loading in native code on another thread.
     */
    public void awaitWarmUp() {
        textReader.get();
        search.get().awaitWarmUp();
    }
}
