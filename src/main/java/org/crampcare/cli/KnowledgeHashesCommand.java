package org.crampcare.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.knowledge.Language;
import org.crampcare.knowledge.TranslationState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Lists, for translators, the hash of every English text and where its translation stands: the
 * {@code from:} a new or refreshed translation records.
 *
 * <p>Exit code 0 when every text is translated from the English as it is now, 1 otherwise, so a
 * script can use it as a check.
 */
@Command(name = "hashes", mixinStandardHelpOptions = true,
        description = {"Print the hash of every English text and whether its translation is ok, stale or missing.",
            "A new or refreshed translation records the hash as 'from:'. Exit code 1 if any is stale or missing."})
final class KnowledgeHashesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Knowledge folder (default: the built-in knowledge).")
    Path dir;

    @Option(names = "--language", paramLabel = "es", required = true, converter = LanguageOption.Tag.class,
            description = "The translated language to check.")
    Language language;

    @Option(names = "--todo", description = "List only the texts whose translation is stale or missing.")
    boolean todo;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (language == Language.base()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--language: " + language.tag()
                    + " is the language the knowledge is written in; give a translated one");
        }
        List<TranslationState> states = KnowledgeLoader.translationStates(
                dir == null ? KnowledgeFiles.builtIn() : KnowledgeFiles.folder(dir), language);
        PrintWriter out = spec.commandLine().getOut();
        for (TranslationState s : states) {
            if (!todo || s.status() != TranslationState.Status.OK) {
                out.printf("%-22s %-9s %-44s from: \"%s\"  %s%n", s.file(), s.kind(), s.id(), s.hash(), describe(s));
            }
        }
        Map<TranslationState.Status, Long> counts = states.stream()
                .collect(Collectors.groupingBy(TranslationState::status, Collectors.counting()));
        out.printf("%d texts: %d ok, %d stale, %d missing%n", states.size(),
                counts.getOrDefault(TranslationState.Status.OK, 0L), counts.getOrDefault(TranslationState.Status.STALE, 0L),
                counts.getOrDefault(TranslationState.Status.MISSING, 0L));
        out.flush();
        return states.stream().allMatch(s -> s.status() == TranslationState.Status.OK) ? 0 : 1;
    }

    private static String describe(TranslationState s) {
        String status = s.status().name().toLowerCase(Locale.ROOT);
        return s.status() == TranslationState.Status.STALE ? status + " (translated from " + s.from() + ")" : status;
    }
}
