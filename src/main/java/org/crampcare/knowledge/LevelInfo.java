package org.crampcare.knowledge;

/** How a triage level is named and what the person is told to do at that level. */
public record LevelInfo(TriageLevel level, String label, String action) {
}
