package org.crampcare.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when knowledge files are invalid; carries every problem found, not just the first. */
public final class KnowledgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /** An exception listing every problem found. */
    public KnowledgeException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        return problems.size() + " problem(s) in the knowledge files:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
