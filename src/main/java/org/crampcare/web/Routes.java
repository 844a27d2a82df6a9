package org.crampcare.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;

/**
 * Every route of the web app and the API, in one list.
 *
 * <p>Handlers are plain methods on small per-feature classes; this class only says which method
 * answers which request, and in what order the cross-cutting checks run.
 */
final class Routes {
    private final SecurityHeaders headers = new SecurityHeaders();
    private final BodyLimit bodyLimit = new BodyLimit();
    private final Csrf csrf = new Csrf();
    private final StaticAssets assets;
    private final KnowledgeHandlers pages;
    private final AssessmentHandlers assessment;
    private final NowHandlers now;
    private final SearchHandlers search;
    private final ApiHandlers api;
    private final Errors errors;
    // Issue #7: insights and the doctor report (null when no personal-data database is configured)
    private InsightsHandlers insights;
    private ReportHandlers reports;

    Routes(StaticAssets assets, KnowledgeHandlers pages, AssessmentHandlers assessment, NowHandlers now,
           SearchHandlers search, ApiHandlers api, Errors errors) {
        this.assets = assets;
        this.pages = pages;
        this.assessment = assessment;
        this.now = now;
        this.search = search;
        this.api = api;
        this.errors = errors;
    }

    /** Issue #7: adds the insights and doctor report routes, which need the diary. */
    Routes withInsights(InsightsHandlers insights, ReportHandlers reports) {
        this.insights = insights;
        this.reports = reports;
        return this;
    }

    void addTo(RoutesConfig r) {
        r.before(headers::apply);
        r.before(bodyLimit::check);
        r.before(csrf::check);

        r.get("/", pages::home);
        r.get("/assessment", assessment::start);
        r.post("/assessment/step", assessment::step);
        r.post("/assessment/text", assessment::text);
        r.get("/now", now::picker);
        r.post("/now", now::steps);
        r.get("/knowledge", pages::index);
        r.get("/knowledge/{topic}", pages::topic);
        r.get("/sources", pages::sources);
        r.get("/about", pages::about);
        r.post("/search", search::page);
        r.get("/static/{file}", assets::asset);

        r.post("/api/v1/assessments", api::assess);
        r.get("/api/v1/interview", api::interview);
        r.get("/api/v1/rules", api::rules);
        r.get("/api/v1/knowledge", api::topics);
        r.get("/api/v1/knowledge/search", search::api);
        r.get("/api/v1/knowledge/{topic}", api::topic);
        r.get("/api/v1/sources", api::sources);
        r.get("/api/v1/health", api::health);
        r.get("/api/v1/openapi.json", assets::openApi);

        // Issue #7: insights and the doctor report
        if (insights != null) {
            r.get("/diary/insights", insights::page);
            r.get("/diary/report", reports::page);
            r.post("/diary/report", reports::pick);
            r.post("/diary/report/pdf", reports::pdf);
            r.get("/api/v1/diary/insights", insights::api);
            r.get("/api/v1/diary/report", reports::api);
        }

        r.exception(HttpResponseException.class, errors::httpStatus);
        r.exception(Exception.class, errors::unexpected);
        r.error(404, errors::status);
        r.error(405, errors::status);
    }
}
