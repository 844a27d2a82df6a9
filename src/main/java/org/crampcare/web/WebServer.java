package org.crampcare.web;

import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import org.crampcare.CrampCare;
import org.crampcare.web.api.ApiHandlers;
import org.crampcare.web.assessment.AssessmentHandlers;
import org.crampcare.web.assessment.NowHandlers;
import org.crampcare.web.insights.DiaryInsights;
import org.crampcare.web.insights.InsightsHandlers;
import org.crampcare.web.insights.ReportHandlers;
import org.crampcare.web.kit.AccessLog;
import org.crampcare.web.kit.BodyLimit;
import org.crampcare.web.kit.DirectRoutes;
import org.crampcare.web.kit.Errors;
import org.crampcare.web.kit.HeadAsGet;
import org.crampcare.web.kit.Metrics;
import org.crampcare.web.kit.Sessions;
import org.crampcare.web.kit.Templates;
import org.crampcare.web.knowledge.KnowledgeHandlers;
import org.crampcare.web.knowledge.SearchHandlers;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The CrampCare web app and JSON API on an embedded Jetty server (Javalin).
 *
 * <p>Everything is built before the port opens, so a broken template or knowledge file stops the
 * start-up instead of failing the first request. The one exception is the search index, which is
 * built on a second thread while the server starts (it is a good part of start-up on two cores):
 * the port opens without waiting for it, and {@link #start} returns only once it is built, or
 * stops the server and rethrows if building it failed.
 */
public final class WebServer {
    /**
     * How long {@link #stop} waits for requests in flight before closing their connections. Bounded so
     * that a stuck client cannot hold a restart up; well under systemd's default stop timeout of 90 s.
     */
    public static final long STOP_TIMEOUT_MS = 20_000;
    private final Javalin app;
    private final AccessLog log;

    private WebServer(Javalin app, AccessLog log) {
        this.app = app;
        this.log = log;
    }

    /**
     * Starts the server with accounts and the diary on the given personal-data services.
     *
     * @param personal the account and diary services, or null to serve only the assessment and
     *                 knowledge (the diary pages then say the diary is not configured)
     */
    public static WebServer start(CrampCare crampCare, ServerConfig config, PersonalData personal) {
        return start(crampCare, config, personal, Metrics.off());
    }

    /** The same, recording requests and assessments in {@code metrics}. */
    public static WebServer start(CrampCare crampCare, ServerConfig config, PersonalData personal, Metrics metrics) {
        Templates templates = new Templates();
        Sessions sessions = personal == null ? null : new Sessions(personal.accounts());
        DiaryInsights diaryInsights = personal == null ? null
                : new DiaryInsights(personal.diary(), crampCare.knowledge(), personal.clock());
        Routes routes = new Routes(StaticAssets.load(),
                new KnowledgeHandlers(crampCare.knowledge(), templates),
                new AssessmentHandlers(crampCare.assessor(), templates, metrics),
                new NowHandlers(crampCare.assessor(), templates),
                new SearchHandlers(crampCare::search, crampCare.knowledge(), templates),
                new ApiHandlers(crampCare.assessor(), metrics),
                new Errors(templates),
                personal == null ? null : PersonalHandlers.on(personal, crampCare.assessor(), templates),
                personal == null ? null : new InsightsHandlers(sessions, diaryInsights, templates),
                personal == null ? null : new ReportHandlers(sessions, diaryInsights, templates));
        AccessLog log = new AccessLog();
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = BodyLimit.MAX_BODY;
            cfg.http.prefer405over404 = true;
            cfg.router.ignoreTrailingSlashes = true;
            cfg.requestLogger.http((ctx, ms) -> {
                log.log(ctx, ms);
                Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
                metrics.request(ctx.method().name(), matched == null ? null : matched.path, ctx.status().getCode(),
                        (long) (ms * 1_000_000));
            });
            routes.addTo(cfg.routes);
            cfg.jetty.addConnector((server, http) -> connector(server, http, config));
            cfg.jetty.modifyServer(server -> {
                DirectRoutes direct = new DirectRoutes(server.getHandler(), routes.headers(), log, metrics);
                routes.addDirectTo(direct);
                server.setHandler(new GracefulHandler(new HeadAsGet(direct)));
                server.setStopTimeout(STOP_TIMEOUT_MS);
            });
        });
        app.start();
        WebServer server = new WebServer(app, log);
        try {
            crampCare.search();
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    /**
     * The listening connector, with one selector thread per processor.
     *
     * <p>The direct routes run on the selector threads (see {@link DirectRoutes}); Jetty's default
     * of one selector on a two-core machine would leave the second core idle under load.
     */
    private static ServerConnector connector(Server server, HttpConfiguration http, ServerConfig config) {
        int selectors = Math.max(1, Runtime.getRuntime().availableProcessors());
        ServerConnector connector = new ServerConnector(server, 1, selectors, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        return connector;
    }

    /** Starts the server without a database: assessment and knowledge only (0 picks a free port). */
    public static WebServer start(CrampCare crampCare, ServerConfig config) {
        return start(crampCare, config, null);
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /**
     * Stops the server gracefully: the port stops accepting at once, requests in flight finish (for up
     * to {@link #STOP_TIMEOUT_MS}), then the connections close.
     */
    public void stop() {
        app.stop();
        log.close();
    }
}
