package org.crampcare.triage;

import java.util.List;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.TriageLevel;

/**
 * The triage part of a result: level, fired rules, and whether anything unanswered could still
 * raise the level.
 *
 * @param next the next item to ask, or null when none is left to ask
 */
record TriageOutcome(TriageLevel level, List<Reason> reasons, boolean complete, Item next) {
}
