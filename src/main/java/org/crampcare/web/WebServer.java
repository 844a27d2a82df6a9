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
        DiaryGate gate = personal == null ? null : new DiaryGate(new Sessions(personal.accounts()));
        DiaryInsights diaryInsights = personal == null ? null
                : new DiaryInsights(personal.diary(), crampCare.knowledge(), personal.clock());
        Routes routes = new Routes(StaticAssets.load(),
                new KnowledgeHandlers(crampCare.knowledge(), templates),
                new AssessmentHandlers(crampCare.assessor(), templates),
                new NowHandlers(crampCare.assessor(), templates),
                new SearchHandlers(crampCare.search(), crampCare.knowledge(), templates),
                new ApiHandlers(crampCare.assessor()),
                new Errors(templates),
                personal == null ? null : PersonalHandlers.on(personal, crampCare.assessor(), templates),
                personal == null ? null : new InsightsHandlers(gate, diaryInsights, templates),
                personal == null ? null : new ReportHandlers(gate, diaryInsights, templates));
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

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Stops the server, letting requests in flight finish. */
    public void stop() {
        app.stop();
    }
}
