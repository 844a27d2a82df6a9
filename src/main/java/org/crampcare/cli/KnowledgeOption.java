package org.crampcare.cli;

import java.nio.file.Path;
import org.crampcare.CrampCare;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.search.KnowledgeSearch;
import picocli.CommandLine.Option;

/** The shared {@code --knowledge DIR} option: run on edited knowledge files instead of the built-in ones. */
public final class KnowledgeOption {
    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Folder of knowledge files to use instead of the built-in knowledge.")
    Path dir;

    /** CrampCare on the chosen knowledge folder, or on the built-in knowledge. */
    public CrampCare open() {
        return dir == null ? CrampCare.builtIn() : CrampCare.fromFolder(dir);
    }

    /** Knowledge search by words alone (no embedding model) on the chosen knowledge. */
    KnowledgeSearch byWords() {
        KnowledgeFiles files = dir == null ? KnowledgeFiles.builtIn() : KnowledgeFiles.folder(dir);
        return KnowledgeSearch.byWords(KnowledgeLoader.load(files), files);
    }
}
