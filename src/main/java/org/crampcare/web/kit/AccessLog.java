package org.crampcare.web.kit;

import io.javalin.http.Context;
import java.io.PrintStream;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One log line per request: time, method, path, status, duration, the client's address and the
 * signed-in person's id ({@code -} when nobody is), on standard error.
 *
 * <p>The address (see {@link ClientAddress}) and the numeric person id let an operator trace an
 * attack; the e-mail is never written. Never the query string, other headers or the body: those
 * can hold health details, and logs are kept and shared far more widely than the answers themselves. Lines are collected in memory and
 * written in one go every quarter second (and when the server stops), like nginx's buffered
 * access log: a write per request cost more than answering a request on the direct routes. A
 * crash can lose the last quarter second of access lines, never any diary data.
 */
public final class AccessLog implements AutoCloseable {
    static final long FLUSH_MILLIS = 250;
    private static final int FLUSH_AT_CHARS = 64 * 1024;

    private final PrintStream out;
    private final StringBuilder pending = new StringBuilder();
    private final ScheduledExecutorService flusher;

    private final ClientAddress clients;

    /** An access log on standard error. */
    public AccessLog(ClientAddress clients) {
        this(System.err, clients);
    }

    /** An access log on the given stream. */
    AccessLog(PrintStream out, ClientAddress clients) {
        this.out = out;
        this.clients = clients;
        this.flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "crampcare-access-log");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Javalin request logger callback. */
    public void log(Context ctx, Float ms) {
        Object person = ctx.attribute(Sessions.ATTRIBUTE);
        log(ctx.method().name(), ctx.path(), ctx.status().getCode(), Math.round(ms), clients.of(ctx), person);
    }

    /** The client address of a request on Jetty's own API. */
    String client(String peer, String forwardedFor) {
        return clients.of(peer, forwardedFor);
    }

    /** Logs one request; {@code person} is the signed-in person's id or null. */
    void log(String method, String path, int status, long ms, String client, Object person) {
        String line = Instant.now() + " access " + method + ' ' + path + ' ' + status + ' ' + ms + "ms client="
                + client + " person=" + (person == null ? "-" : person) + '\n';
        boolean full;
        synchronized (pending) {
            pending.append(line);
            full = pending.length() >= FLUSH_AT_CHARS;
        }
        if (full) {
            flush();
        }
    }

    /** Writes the collected lines now, whole lines in one write. */
    void flush() {
        String lines;
        synchronized (pending) {
            if (pending.length() == 0) {
                return;
            }
            lines = pending.toString();
            pending.setLength(0);
        }
        synchronized (out) {
            out.print(lines);
            out.flush();
        }
    }

    /** Stops the timer and writes what is left. */
    @Override
    public void close() {
        flusher.shutdownNow();
        flush();
    }
}
