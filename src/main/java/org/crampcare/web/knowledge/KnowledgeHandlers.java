package org.crampcare.web.knowledge;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crampcare.knowledge.ContentEntry;
import org.crampcare.knowledge.ContentTopic;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.LevelInfo;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.web.kit.AdviceModel;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.PageLanguage;
import org.crampcare.web.kit.SourceLink;
import org.crampcare.web.kit.Templates;

/** The pages that need no answers: home, the knowledge topics, the sources and about. */
public final class KnowledgeHandlers {
    private final KnowledgeBase knowledge;
    private final Templates templates;

    public KnowledgeHandlers(KnowledgeBase knowledge, Templates templates) {
        this.knowledge = knowledge;
        this.templates = templates;
    }

    /** GET /. */
    public void home(Context ctx) {
        templates.render(ctx, "knowledge/home.jte", model(ctx, Page.of(ctx, "home.page-title", "home"), k(ctx).topics(), List.of()));
    }

    /** GET /knowledge: the topic index. */
    public void index(Context ctx) {
        templates.render(ctx, "knowledge/index.jte", model(ctx, Page.of(ctx, "knowledge.title", "knowledge"),
                k(ctx).topics(), List.of()));
    }

    /** GET /knowledge/{topic}: every entry of one topic with its sources. */
    public void topic(Context ctx) {
        KnowledgeBase k = k(ctx);
        ContentTopic topic = k.topic(ctx.pathParam("topic"))
                .orElseThrow(() -> new NotFoundResponse("no such topic"));
        templates.render(ctx, "knowledge/topic.jte", model(ctx, Page.titled(ctx, topic.title(), "knowledge"), List.of(topic),
                topic.entries().stream().map(e -> entry(k, e)).toList()));
    }

    /** GET /sources: the five articles everything is based on. */
    public void sources(Context ctx) {
        templates.render(ctx, "knowledge/sources.jte", model(ctx, Page.of(ctx, "sources.title", "knowledge"), List.of(), List.of()));
    }

    /** GET /about: what CrampCare is and is not. */
    public void about(Context ctx) {
        templates.render(ctx, "knowledge/about.jte", model(ctx, Page.of(ctx, "about.page-title", "about"), List.of(), List.of()));
    }

    /** The addresses of these pages, which say nothing about anyone, for the offline copies. */
    public List<String> offlinePages() {
        List<String> pages = new ArrayList<>(List.of("/", "/knowledge", "/sources", "/about"));
        knowledge.topics().forEach(t -> pages.add("/knowledge/" + t.id()));
        return pages;
    }

    /** The knowledge in the language of the request's page. */
    private KnowledgeBase k(Context ctx) {
        return knowledge.in(PageLanguage.of(ctx));
    }

    private static AdviceModel entry(KnowledgeBase knowledge, ContentEntry e) {
        int min = e.timerMinutes().isEmpty() ? 0 : e.timerMinutes().get(0);
        int max = e.timerMinutes().isEmpty() ? 0 : e.timerMinutes().get(e.timerMinutes().size() - 1);
        return new AdviceModel(e.id(), e.group(), e.title(), e.text(), e.steps(),
                e.evidence().needsCaveat() ? e.caveat() : null, SourceLink.of(e.sources(), knowledge.sources()), min, max);
    }

    private KnowledgeModel model(Context ctx, Page page, List<ContentTopic> topics, List<AdviceModel> entries) {
        KnowledgeBase k = k(ctx);
        List<LevelInfo> levels = Arrays.stream(TriageLevel.values()).map(k::level).toList();
        return new KnowledgeModel(page, topics, entries, List.copyOf(k.sources().values()), levels, k.policyVersion());
    }
}
