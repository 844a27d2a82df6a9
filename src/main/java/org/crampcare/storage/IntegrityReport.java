package org.crampcare.storage;

import java.util.List;

/** The outcome of {@link Database#checkIntegrity()}: no problems means the data is consistent. */
public record IntegrityReport(List<String> problems) {
    public IntegrityReport {
        problems = List.copyOf(problems);
    }

    /** Whether every check passed. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
