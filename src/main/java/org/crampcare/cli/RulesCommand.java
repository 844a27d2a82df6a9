package org.crampcare.cli;

import java.io.PrintWriter;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Rule;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Lists the triage rules with their levels, conditions and sources. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the triage rules and their sources.")
final class RulesCommand implements Runnable {
    @CommandLine.Mixin
    KnowledgeOption knowledge;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        KnowledgeBase kb = knowledge.open().knowledge();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Triage policy " + kb.policyVersion() + ": the highest level of any rule that fires wins.");
        for (Rule r : kb.rules()) {
            out.printf("%-4s %-12s %s%n     %s%n     sources: %s%n", r.id(), r.level(), r.when().describe(),
                    r.explanation(), String.join(", ", r.sources()));
        }
        out.flush();
    }
}
