package org.crampcare.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.List;
import org.crampcare.CrampCare;
import org.crampcare.cli.KnowledgeOption;
import org.crampcare.storage.Database;
import org.crampcare.storage.DatabaseConfig;
import org.crampcare.web.MetricsConfig;
import org.crampcare.web.MetricsServer;
import org.crampcare.web.PersonalData;
import org.crampcare.web.SecurityConfig;
import org.crampcare.web.ServerConfig;
import org.crampcare.web.WebServer;
import org.crampcare.web.kit.Metrics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts the web app and JSON API, and runs until stopped (Ctrl-C or SIGTERM).
 *
 * <p>Settings are checked first. Then the database opens on a thread of its own while the knowledge
 * loads and validates on this one, since each takes a good part of start-up; the server starts once
 * both are ready, and a failure of either stops the start-up with its own message.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the CrampCare web app and JSON API.",
            "Settings: option, else environment variable, else default."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (env CRAMPCARE_PORT, default 8080).")
    String port;

    @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on (env CRAMPCARE_HOST, default 127.0.0.1).")
    String host;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (env CRAMPCARE_DATA, default ./data); created if missing.")
    String data;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "PostgreSQL JDBC URL (env CRAMPCARE_DB_URL); default: SQLite in the data folder.")
    String dbUrl;

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve Prometheus metrics at /metrics on this port (env CRAMPCARE_METRICS_PORT; default: none).")
    String metricsPort;

    @Option(names = "--metrics-host", paramLabel = "HOST",
            description = "Interface of the metrics port (env CRAMPCARE_METRICS_HOST, default 127.0.0.1).")
    String metricsHost;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address people use, e.g. https://cramps.example.org (env CRAMPCARE_PUBLIC_URL, default"
                    + " none). With https: Secure __Host- cookies and HSTS.")
    String publicUrl;

    @Option(names = "--trusted-proxy", paramLabel = "ADDR[,ADDR]",
            description = "Reverse proxies whose X-Forwarded-For gives the client address (env CRAMPCARE_TRUSTED_PROXY,"
                    + " default none: the header is ignored).")
    String trustedProxy;

    @Option(names = "--session-idle", paramLabel = "TIME",
            description = "Sign-ins end after this long without a request, e.g. 30m (env CRAMPCARE_SESSION_IDLE,"
                    + " default 12h).")
    String sessionIdle;

    @Option(names = "--session-max", paramLabel = "TIME",
            description = "Sign-ins end this long after signing in, e.g. 12h (env CRAMPCARE_SESSION_MAX, default 7d).")
    String sessionMax;

    @Option(names = "--trial", hidden = true,
            description = "Start on a free port, check that /api/v1/health answers, then stop (the launcher"
                    + " records its class-data-sharing archive with such a run).")
    boolean trial;

    @CommandLine.Mixin
    KnowledgeOption knowledge;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        ServerConfig config = serverConfig();
        MetricsConfig metricsConfig = trial ? MetricsConfig.OFF : checked(() -> MetricsConfig.resolve(metricsPort,
                metricsHost, System.getenv()));
        SecurityConfig security = securityConfig();
        DatabaseConfig dbConfig = databaseConfig(config);
        DatabaseOpening opening = DatabaseOpening.start(dbConfig);
        CrampCare crampCare;
        try {
            crampCare = knowledge.open();
        } catch (RuntimeException e) {
            opening.closeAfter(e);
            throw e;
        }
        Database database = opening.get();
        PrometheusMeterRegistry registry = metricsConfig.enabled() ? MetricsServer.registry() : null;
        Metrics metrics = registry == null ? Metrics.off() : new Metrics(registry);
        if (registry != null) {
            database.bindMetrics(registry);
        }
        WebServer server = WebServer.start(crampCare, config, security,
                PersonalData.on(database, crampCare.knowledge(), Clock.systemUTC(), security.accountPolicy()), metrics);
        MetricsServer metricsServer = registry == null ? null
                : startMetrics(metricsConfig, registry, server, database, crampCare);
        if (trial) {
            crampCare.awaitWarmUp();
            ready(config, server, started);
            return TrialRun.check(config.host(), server, database, spec.commandLine().getErr());
        }
        PrintWriter err = spec.commandLine().getErr();
        Runnable stop = new StopOnce(() -> {
            err.println("crampcare: stopping: no new connections; finishing requests in flight (at most "
                    + WebServer.STOP_TIMEOUT_MS / 1000 + " s)");
            err.flush();
            server.stop();
            if (metricsServer != null) {
                metricsServer.close();
            }
            awaitBackgroundBuilds(crampCare, err);
            database.close();
            err.println("crampcare: stopped; the database is closed");
            err.flush();
        });
        List<String> signalProblems = new java.util.ArrayList<>();
        StopSignals signals = StopSignals.install(signalProblems);
        signalProblems.forEach(err::println);
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "crampcare-shutdown"));
        ready(config, server, started);
        if (metricsServer != null) {
            spec.commandLine().getOut().printf("Metrics at http://%s:%d/metrics%n", metricsConfig.host(), metricsServer.port());
            spec.commandLine().getOut().flush();
        }
        int signal = signals.await();
        stop.run();
        return 128 + signal;
    }

    /**
     * Starts the metrics server, or stops everything started so far if its port is taken.
     *
     * <p>The web server is listening by then, so the background builds have begun: they are waited
     * for before the process ends, as in a normal stop (see {@link #awaitBackgroundBuilds}).
     */
    private MetricsServer startMetrics(MetricsConfig metricsConfig, PrometheusMeterRegistry registry, WebServer server,
                                       Database database, CrampCare crampCare) {
        try {
            return MetricsServer.start(metricsConfig, registry);
        } catch (RuntimeException e) {
            server.stop();
            awaitBackgroundBuilds(crampCare, spec.commandLine().getErr());
            database.close();
            throw e;
        }
    }

    /**
     * Waits for the builds that start after the server listens. The search's model loads in native
     * code, and a process that exits while it is loading can crash there instead of stopping
     * cleanly (seen as SIGBUS when a SIGTERM came seconds after start). A failed build is reported.
     */
    private static void awaitBackgroundBuilds(CrampCare crampCare, PrintWriter err) {
        try {
            crampCare.awaitWarmUp();
        } catch (RuntimeException e) {
            err.println("crampcare: a background build had failed: " + e.getMessage());
        }
    }

    private void ready(ServerConfig config, WebServer server, long started) {
        spec.commandLine().getOut().printf("CrampCare is ready at http://%s:%d/ (started in %d ms)%n",
                config.host(), server.port(), (System.nanoTime() - started) / 1_000_000);
        spec.commandLine().getOut().flush();
    }

    /** The checked listening and data-folder settings (any free port for a trial run). */
    private ServerConfig serverConfig() {
        try {
            ServerConfig config = ServerConfig.resolve(port, host, data, System.getenv());
            config.prepareDataDir();
            return trial ? new ServerConfig(0, config.host(), config.dataDir()) : config;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** The checked public-URL, proxy and session settings. */
    private SecurityConfig securityConfig() {
        return checked(() -> SecurityConfig.resolve(publicUrl, trustedProxy, sessionIdle, sessionMax, System.getenv()));
    }

    private DatabaseConfig databaseConfig(ServerConfig config) {
        return checked(() -> DatabaseConfig.fromSettings(System.getenv(), config.dataDir(), dbUrl));
    }

    /** A setting's value, or a usage error naming the setting. */
    private <T> T checked(java.util.function.Supplier<T> setting) {
        try {
            return setting.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
