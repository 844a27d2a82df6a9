package org.crampcare.selfcare;

import org.crampcare.knowledge.TriageLevel;

/** What to do now at the result's level, in the policy's words. */
public record Action(TriageLevel level, String label, String text) {
}
