package org.crampcare;

import java.nio.file.Path;
import org.crampcare.intake.TextIntake;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.search.KnowledgeSearch;
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
    private final java.util.concurrent.CompletableFuture<KnowledgeSearch> search;

    private CrampCare(KnowledgeBase knowledge, KnowledgeFiles files) {
        this.knowledge = knowledge;
        this.search = java.util.concurrent.CompletableFuture.supplyAsync(() -> KnowledgeSearch.build(knowledge, files));
        this.assessor = Assessor.create(knowledge, textInterpreter(knowledge));
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
     * The knowledge search ("Ask CrampCare"), built once with the rest. The index is built on a
     * second thread while the rest starts up; this waits for it, and rethrows a failed build.
     */
    public KnowledgeSearch search() {
        try {
            return search.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
