package org.crampcare.web.assessment;

import java.util.List;
import org.crampcare.web.kit.SourceLink;

/**
 * One fired rule in plain words, with its level and sources.
 *
 * <p>Public because the precompiled templates live in another package.
 */
public record ReasonModel(String rule, String level, String explanation, List<SourceLink> sources) {
}
