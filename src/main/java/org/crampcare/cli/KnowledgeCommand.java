package org.crampcare.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeException;
import org.crampcare.knowledge.KnowledgeLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Tools for people who edit the knowledge files. */
@Command(name = "knowledge", mixinStandardHelpOptions = true, description = "Work with knowledge files.",
        subcommands = {KnowledgeCommand.Validate.class, KnowledgeHashesCommand.class})
final class KnowledgeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Checks a folder of knowledge files and reports every problem with its file and path. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a folder of knowledge files; lists every problem with its file and path.")
    static final class Validate implements java.util.concurrent.Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "Folder holding index.yaml, items.yaml, rules.yaml, ...")
        Path dir;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (!Files.isDirectory(dir)) {
                spec.commandLine().getErr().println("crampcare: " + dir + " is not a folder");
                return 2;
            }
            try {
                KnowledgeBase kb = KnowledgeLoader.fromFolder(dir);
                long entries = kb.topics().stream().mapToLong(t -> t.entries().size()).sum();
                out.printf("OK: %s is valid (%d items, %d rules, %d topics, %d entries, %d sources)%n", dir,
                        kb.items().size(), kb.rules().size(), kb.topics().size(), entries, kb.sources().size());
                out.flush();
                return 0;
            } catch (KnowledgeException e) {
                out.println(e.problems().size() + " problem(s) in " + dir + ":");
                e.problems().forEach(p -> out.println("  " + p));
                out.flush();
                return 1;
            }
        }
    }
}
