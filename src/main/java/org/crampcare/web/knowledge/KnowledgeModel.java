package org.crampcare.web.knowledge;

import java.util.List;
import org.crampcare.knowledge.ContentTopic;
import org.crampcare.knowledge.LevelInfo;
import org.crampcare.knowledge.Source;
import org.crampcare.web.kit.AdviceModel;
import org.crampcare.web.kit.Page;

/**
 * The knowledge, sources, about and home pages.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param topics  every topic (index page), or the one topic shown
 * @param entries the entries of the topic shown, with sources resolved
 * @param sources the cited articles
 * @param levels  the triage levels and what each asks the person to do
 */
public record KnowledgeModel(Page page, List<ContentTopic> topics, List<AdviceModel> entries, List<Source> sources,
                             List<LevelInfo> levels, String policyVersion) {
}
