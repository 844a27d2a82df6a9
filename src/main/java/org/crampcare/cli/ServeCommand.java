package org.crampcare.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.time.Clock;
import org.crampcare.CrampCare;
import org.crampcare.storage.Database;
import org.crampcare.storage.DatabaseConfig;
import org.crampcare.web.PersonalData;
import org.crampcare.web.ServerConfig;
import org.crampcare.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the web app and JSON API, and runs until stopped (Ctrl-C or SIGTERM). */
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

    @CommandLine.Mixin
    KnowledgeOption knowledge;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        ServerConfig config;
        try {
            config = ServerConfig.resolve(port, host, data, System.getenv());
            config.prepareDataDir();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        DatabaseConfig dbConfig;
        try {
            dbConfig = DatabaseConfig.fromSettings(System.getenv(), config.dataDir(), dbUrl);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        CrampCare crampCare = knowledge.open();
        Database database = Database.open(dbConfig);
        WebServer server = WebServer.start(crampCare, config,
                PersonalData.on(database, crampCare.knowledge(), Clock.systemUTC()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            database.close();
            stopped.countDown();
        }, "crampcare-shutdown"));
        spec.commandLine().getOut().printf("CrampCare is ready at http://%s:%d/ (started in %d ms)%n",
                config.host(), server.port(), (System.nanoTime() - started) / 1_000_000);
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
