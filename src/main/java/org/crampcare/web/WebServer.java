package org.crampcare.web;

import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import java.time.Clock;
import org.crampcare.CrampCare;
import org.crampcare.fhir.FhirService;
import org.crampcare.knowledge.Language;
import org.crampcare.insights.DateRange;
import org.crampcare.web.api.ApiHandlers;
import org.crampcare.web.assessment.AssessmentHandlers;
import org.crampcare.web.assessment.NowHandlers;
import org.crampcare.web.fhir.FhirExportHandlers;
import org.crampcare.web.fhir.FhirHandlers;
import org.crampcare.web.fhir.ReportSource;
import org.crampcare.web.insights.DiaryInsights;
import org.crampcare.web.insights.InsightsHandlers;
import org.crampcare.web.insights.ReportHandlers;
import org.crampcare.storage.ServerKeys;
import org.crampcare.web.kit.AccessLog;
import org.crampcare.web.kit.ClientAddress;
import org.crampcare.web.kit.ComputePool;
import org.crampcare.web.kit.Cookies;
import org.crampcare.web.kit.Csrf;
import org.crampcare.web.kit.JettyErrors;
import org.crampcare.web.kit.PageLanguage;
import org.crampcare.web.kit.PageTexts;
import org.crampcare.web.kit.Texts;
import org.crampcare.web.kit.SecurityHeaders;
import org.crampcare.web.kit.BodyLimit;
import org.crampcare.web.kit.DirectRoutes;
import org.crampcare.web.kit.Errors;
import org.crampcare.web.kit.HeadAsGet;
import org.crampcare.web.kit.Metrics;
import org.crampcare.web.kit.Sessions;
import org.crampcare.web.kit.Templates;
import org.crampcare.web.knowledge.KnowledgeHandlers;
import org.crampcare.web.knowledge.SearchHandlers;
import org.crampcare.web.offline.OfflineHandlers;
import org.crampcare.web.offline.ServiceWorkerScript;
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
 * stops the server and rethrows if building it failed. Only then does the search's embedding model
 * start loading, in the background; searches that come before it is ready wait for it. HAPI FHIR's
 * context is not built at start-up at all: ten seconds after the server is up, a low-priority thread
 * builds it, and a FHIR request that comes earlier builds it itself.
 */
public final class WebServer {
    /**
     * How long {@link #stop} waits for requests in flight before closing their connections. Bounded so
     * that a stuck client cannot hold a restart up; well under systemd's default stop timeout of 90 s.
     */
    public static final long STOP_TIMEOUT_MS = 20_000;
    /** The name of the form-token key in {@link ServerKeys}. */
    static final String CSRF_KEY = "csrf";
    /** How long after the start HAPI FHIR's context is built in the background (see FhirService). */
    private static final java.time.Duration FHIR_WARM_UP_DELAY = java.time.Duration.ofSeconds(10);
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
        return start(crampCare, config, SecurityConfig.DEFAULTS, personal, Metrics.off());
    }

    /**
     * Starts the server with the given security settings (public URL, trusted proxies), recording
     * requests and assessments in {@code metrics}; the session times of {@code security} reach the
     * accounts through {@code personal}'s policy.
     */
    public static WebServer start(CrampCare crampCare, ServerConfig config, SecurityConfig security,
                                  PersonalData personal, Metrics metrics) {
        Templates templates = new Templates();
        Cookies cookies = new Cookies(security.https());
        ClientAddress clients = security.clientAddress();
        SecurityHeaders headers = new SecurityHeaders(security.https());
        Sessions sessions = personal == null ? null : new Sessions(personal.accounts(), cookies);
        DiaryInsights diaryInsights = personal == null ? null
                : new DiaryInsights(personal.diary(), crampCare.knowledge(), personal.clock());
        FhirService fhir = FhirService.create(crampCare.assessor(), personal == null ? Clock.systemUTC() : personal.clock());
        PageTexts pageTexts = PageTexts.builtIn();
        PageLanguage languages = new PageLanguage(pageTexts, cookies);
        Errors errors = new Errors(templates, fhir, languages);
        StaticAssets assets = StaticAssets.load(pageTexts);
        KnowledgeHandlers pages = new KnowledgeHandlers(crampCare.knowledge(), templates);
        NowHandlers now = new NowHandlers(crampCare.assessor(), templates);
        OfflineHandlers offline = new OfflineHandlers(ServiceWorkerScript.of(crampCare.knowledge().version(),
                Routes.offlinePages(assets, pages, now, personal != null), Routes.offlineHtml(pages, now, personal != null),
                Language.all().stream().map(Language::tag).toList()), templates, personal != null);
        Routes routes = new Routes(assets, pages,
                new AssessmentHandlers(crampCare.assessor(), templates, metrics), now,
                new SearchHandlers(crampCare::search, crampCare.knowledge(), templates),
                new ApiHandlers(crampCare.assessor(), metrics),
                errors, headers, new Csrf(csrfKey(personal), cookies),
                personal == null ? null : PersonalHandlers.on(personal, crampCare.assessor(), templates, sessions, clients,
                        new FhirExportHandlers(personal.diary(), sessions, fhir,
                                reportSource(diaryInsights, pageTexts.in(Language.base())), personal.clock())),
                personal == null ? null : new InsightsHandlers(sessions, diaryInsights, templates),
                personal == null ? null : new ReportHandlers(sessions, diaryInsights, templates,
                        pageTexts.in(Language.base())),
                new FhirHandlers(fhir, errors, metrics), offline, languages);
        AccessLog log = new AccessLog(clients);
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
                DirectRoutes direct = new DirectRoutes(server.getHandler(), headers, log, ComputePool.standard(), metrics);
                routes.addDirectTo(direct);
                server.setHandler(new GracefulHandler(new HeadAsGet(direct)));
                server.setErrorHandler(new JettyErrors(headers));
                server.setStopTimeout(STOP_TIMEOUT_MS);
            });
        });
        app.start();
        WebServer server = new WebServer(app, log);
        crampCare.warmUp();
        fhir.warmUpInBackground(FHIR_WARM_UP_DELAY);
        return server;
    }

    /** The insights feature as the FHIR export's source of "today" and the report PDF (in {@code words}' language). */
    private static ReportSource reportSource(DiaryInsights insights, Texts words) {
        return new ReportSource() {
            @Override
            public java.time.LocalDate today(long personId) {
                return insights.today(personId);
            }

            @Override
            public byte[] pdf(long personId, DateRange range) {
                return insights.reportPdf(personId, range, words);
            }
        };
    }

    /**
     * The key of the form tokens: kept in the database, so every server on it accepts the others'
     * tokens; random per process on a server without a database (it has no sessions to share).
     */
    private static byte[] csrfKey(PersonalData personal) {
        if (personal != null) {
            return ServerKeys.of(personal.database()).key(CSRF_KEY);
        }
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
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
