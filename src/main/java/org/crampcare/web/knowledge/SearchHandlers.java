package org.crampcare.web.knowledge;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.crampcare.knowledge.EmergencySigns;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Language;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.search.KnowledgeSearch;
import org.crampcare.search.SearchAnswer;
import org.crampcare.search.SearchJson;
import org.crampcare.search.SearchResult;
import org.crampcare.search.WarningSign;
import org.crampcare.web.kit.AcceptLanguage;
import org.crampcare.web.kit.ApiError;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.Texts;
import org.crampcare.web.kit.SourceLink;
import org.crampcare.web.kit.Templates;

/**
 * Knowledge search: the search box's results page and {@code GET /api/v1/knowledge/search}.
 *
 * <p>The page takes the question by POST because people type health details into it; the API
 * takes GET as the contract requires, and the access log never records the query string. The
 * search index is fetched per request because the server starts while the index is still being
 * built; a search in that first moment waits for it.
 */
public final class SearchHandlers {
    static final int MAX_QUESTION = 500;
    static final int PAGE_ANSWERS = 5;
    private final Supplier<KnowledgeSearch> search;
    private final KnowledgeBase knowledge;
    private final Templates templates;

    public SearchHandlers(Supplier<KnowledgeSearch> search, KnowledgeBase knowledge, Templates templates) {
        this.search = search;
        this.knowledge = knowledge;
        this.templates = templates;
    }

    /** POST /search. */
    public void page(Context ctx) {
        String q = ctx.formParamAsClass("q", String.class).getOrDefault("").strip();
        Page page = Page.of(ctx, "search.title", "knowledge");
        String problem = problem(q, page.texts());
        if (problem != null) {
            templates.render(ctx, 400, "knowledge/search.jte", new SearchModel(page, q, List.of(), List.of(), problem, null));
            return;
        }
        Language language = page.texts().language();
        SearchResult r = search.get().search(q, PAGE_ANSWERS, language);
        templates.render(ctx, "knowledge/search.jte", new SearchModel(page, q,
                r.warningSigns().stream().map(this::sign).toList(), r.answers().stream().map(this::answer).toList(), null,
                r.covered() ? null : notCovered(r, knowledge.in(language))));
    }

    /**
     * GET /api/v1/knowledge/search?q=: answers and warning signs in the language
     * {@code Accept-Language} prefers among those CrampCare speaks, otherwise English.
     */
    public void api(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        String problem = problem(q);
        if (problem != null) {
            new ApiError(400, "q", problem).send(ctx);
            return;
        }
        Language language = AcceptLanguage.orBase(ctx);
        AcceptLanguage.mark(ctx, language);
        ctx.contentType("application/json").result(SearchJson.toJson(search.get().search(q, PAGE_ANSWERS, language)));
    }

    private static String problem(String q) {
        if (q.isEmpty()) {
            return "Type a question first, for example: how do I stop a calf cramp?";
        }
        return q.length() > MAX_QUESTION ? "Please keep the question under " + MAX_QUESTION + " characters." : null;
    }

    /** What is wrong with a question typed on a page, in the page's language, or null. */
    private static String problem(String q, Texts texts) {
        if (q.isEmpty()) {
            return texts.get("search.empty");
        }
        return q.length() > MAX_QUESTION ? texts.f("search.too-long", MAX_QUESTION) : null;
    }

    /**
     * What to offer instead of answers, in the knowledge's language: the subject the question is about
     * (each language's scope names its subjects in that language, {@code es/scope.yaml}), what
     * CrampCare covers, and the emergency signs when the person speaks of themselves.
     */
    private static SearchModel.NotCovered notCovered(SearchResult r, KnowledgeBase knowledge) {
        SearchModel.Emergency emergency = null;
        if (r.personal() && !r.describesSymptoms()) {
            EmergencySigns e = EmergencySigns.of(knowledge);
            emergency = new SearchModel.Emergency(knowledge.level(TriageLevel.EMERGENCY).label(), e.signs(), e.action(),
                    SourceLink.of(e.sources(), knowledge.sources()));
        }
        return new SearchModel.NotCovered(r.notCovered(),
                knowledge.topics().stream().map(t -> new SearchModel.TopicLink(t.id(), t.title())).toList(), emergency);
    }

    private SearchModel.SignModel sign(WarningSign w) {
        return new SearchModel.SignModel(w.label(), "level-" + w.level().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                w.explanation(), w.action(), SourceLink.of(w.sources(), knowledge.sources()));
    }

    private SearchModel.Answer answer(SearchAnswer a) {
        boolean entry = knowledge.topic(a.topic()).isPresent();
        return new SearchModel.Answer(a.title(), a.highlighted(), a.steps(), entry ? a.topic() : null,
                a.id().replace('.', '-'), SourceLink.of(a.sources(), knowledge.sources()));
    }
}
