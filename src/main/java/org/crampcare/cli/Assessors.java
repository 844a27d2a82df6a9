package org.crampcare.cli;

import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.triage.Assessor;
import org.crampcare.triage.TextInterpreter;

/** Builds the assessor the command line uses, wired with the text reader the deployment ships. */
final class Assessors {
    private Assessors() {
    }

    static Assessor create(KnowledgeBase knowledge) {
        return Assessor.create(knowledge, TextInterpreter.NONE);
    }
}
