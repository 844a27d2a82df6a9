package org.crampcare.web;

import io.javalin.Javalin;
import org.crampcare.CrampCare;

/**
 * The CrampCare web app and JSON API on an embedded Jetty server (Javalin).
 *
 * <p>Everything is built before the port opens, so a broken template or knowledge file stops the
 * start-up instead of failing the first request.
 */
public final class WebServer {
    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts the server with accounts and the diary on the given personal-data services.
     *
     * @param personal the account and diary services, or null to serve only the assessment and
     *                 knowledge (the diary pages then say the diary is not configured)
     */
    public static WebServer start(CrampCare crampCare, ServerConfig config, PersonalData personal) {
        Templates templates = new Templates();
        Routes routes = new Routes(StaticAssets.load(),
                new KnowledgeHandlers(crampCare.knowledge(), templates),
                new AssessmentHandlers(crampCare.assessor(), templates),
                new NowHandlers(crampCare.assessor(), templates),
                new SearchHandlers(crampCare.search(), crampCare.knowledge(), templates),
                new ApiHandlers(crampCare.assessor()),
                new Errors(templates),
                personal == null ? null : PersonalHandlers.on(personal, crampCare.assessor(), templates),
                personal == null ? null : insights(personal, crampCare, templates),
                personal == null ? null : reports(personal, crampCare, templates));
        AccessLog log = new AccessLog();
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = BodyLimit.MAX_BODY;
            cfg.http.prefer405over404 = true;
            cfg.router.ignoreTrailingSlashes = true;
            cfg.requestLogger.http(log::log);
            routes.addTo(cfg.routes);
        });
        app.start(config.host(), config.port());
        return new WebServer(app);
    }

    /** Starts the server without a database: assessment and knowledge only (0 picks a free port). */
    public static WebServer start(CrampCare crampCare, ServerConfig config) {
        return start(crampCare, config, null);
    }

    private static InsightsHandlers insights(PersonalData personal, CrampCare crampCare, Templates templates) {
        return new InsightsHandlers(gate(personal), diaryInsights(personal, crampCare), templates);
    }

    private static ReportHandlers reports(PersonalData personal, CrampCare crampCare, Templates templates) {
        return new ReportHandlers(gate(personal), diaryInsights(personal, crampCare), templates);
    }

    private static DiaryGate gate(PersonalData personal) {
        return new DiaryGate(new Sessions(personal.accounts()));
    }

    private static DiaryInsights diaryInsights(PersonalData personal, CrampCare crampCare) {
        return new DiaryInsights(personal.diary(), crampCare.knowledge(), personal.clock());
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Stops the server, letting requests in flight finish. */
    public void stop() {
        app.stop();
    }
}
