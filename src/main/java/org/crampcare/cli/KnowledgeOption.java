package org.crampcare.cli;

import java.nio.file.Path;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeLoader;
import picocli.CommandLine.Option;

/** The shared {@code --knowledge DIR} option: run on edited knowledge files instead of the built-in ones. */
final class KnowledgeOption {
    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Folder of knowledge files to use instead of the built-in knowledge.")
    Path dir;

    KnowledgeBase load() {
        return dir == null ? KnowledgeLoader.builtIn() : KnowledgeLoader.fromFolder(dir);
    }
}
