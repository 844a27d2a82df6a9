package org.crampcare.web.kit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.crampcare.knowledge.Language;
import org.crampcare.triage.AssessmentJson;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.RetainableByteBuffer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the busiest JSON API routes on Jetty's own request API, ahead of Javalin.
 *
 * <p>Why: {@code POST /api/v1/assessments} is what clinics and apps call in bulk, and Javalin's
 * servlet layer cost more per request than the assessment itself. The body is read without
 * blocking on the thread that read the request; the answer itself, whose cost grows with the
 * input (a description is read word by word), is computed on the bounded {@link ComputePool} and
 * never on a connection thread, so slow requests cannot stall the server: when the pool is full the
 * answer is 503 at once. Every other request is handed to the server's thread pool and on to
 * Javalin unchanged. The same checks apply as on Javalin's routes: body size limit, JSON content
 * type, security headers, the API's error shape and the access log.
 */
public final class DirectRoutes extends Handler.Wrapper {
    private static final Logger LOG = LoggerFactory.getLogger(DirectRoutes.class);
    private static final String JSON = "application/json";
    private static final int RESPONSE_BUFFER = 64 * 1024;

    private static final HttpField JSON_TYPE = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, JSON);
    private static final HttpField VARY_LANGUAGE = new PreEncodedHttpField(HttpHeader.VARY, "Accept-Language");
    private static final Map<Language, HttpField> CONTENT_LANGUAGE = contentLanguages();

    private final Map<String, LanguageJsonRoute> posts = new HashMap<>();
    private final Map<String, List<HttpField>> headersByPath = new HashMap<>();
    private final SecurityHeaders headers;
    private final AccessLog log;
    private final ComputePool workers;
    private final Metrics metrics;

    /** A route answered here: the request's content type (or null) and body in, a JSON answer out. */
    @FunctionalInterface
    public interface JsonRoute {
        JsonReply answer(String contentType, byte[] body);
    }

    /**
     * A route answered here in the language the client asks for: the request's content type and
     * {@code Accept-Language} (each possibly null) and body in, a JSON answer out.
     */
    @FunctionalInterface
    public interface LanguageJsonRoute {
        JsonReply answer(String contentType, String acceptLanguage, byte[] body);
    }

    /**
     * Direct routes ahead of {@code javalin}, computing answers on {@code workers} (closed when the server
     * stops) and recording each answer in {@code metrics}.
     */
    public DirectRoutes(Handler javalin, SecurityHeaders headers, AccessLog log, ComputePool workers, Metrics metrics) {
        super(javalin);
        this.headers = headers;
        this.log = log;
        this.workers = workers;
        this.metrics = metrics;
    }

    /** Answers POST requests to exactly this path here; call before the server starts. */
    public void post(String path, JsonRoute route) {
        post(path, (LanguageJsonRoute) (type, language, body) -> route.answer(type, body));
    }

    /** Answers POST requests to exactly this path here, in the language asked for; call before the server starts. */
    public void post(String path, LanguageJsonRoute route) {
        posts.put(path, route);
        List<HttpField> fields = new ArrayList<>();
        headers.forEach(path, (name, value) -> fields.add(new PreEncodedHttpField(name, value)));
        fields.add(JSON_TYPE);
        headersByPath.put(path, List.copyOf(fields));
    }

    /** Non-blocking: requests for other routes are moved to the thread pool before Javalin sees them. */
    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        LanguageJsonRoute route = "POST".equals(request.getMethod()) ? posts.get(path) : null;
        if (route == null) {
            handOver(request, response, callback);
        } else if (request.getLength() > BodyLimit.MAX_BODY) {
            reply(request, response, callback, tooLarge(), System.nanoTime());
        } else {
            readBody(route, request, response, callback, new BodyBytes(request.getLength()), System.nanoTime());
        }
        return true;
    }

    /**
     * Collects the body as it arrives, then answers; refuses it once it passes the size limit.
     * Jetty calls back when more arrives, so no thread waits for a slow client.
     */
    private void readBody(LanguageJsonRoute route, Request request, Response response, Callback callback,
                          BodyBytes body, long started) {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(() -> readBody(route, request, response, callback, body, started));
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                callback.failed(chunk.getFailure());
                return;
            }
            ByteBuffer bytes = chunk.getByteBuffer();
            boolean tooLarge = body.size() + bytes.remaining() > BodyLimit.MAX_BODY;
            if (!tooLarge) {
                body.append(bytes);
            }
            boolean last = chunk.isLast();
            chunk.release();
            if (tooLarge) {
                reply(request, response, callback, tooLarge(), started);
                return;
            }
            if (last) {
                computeLater(route, request, response, callback, body.toArray(), started);
                return;
            }
        }
    }

    /** Hands the answer to the compute pool; 503 when it is full. */
    private void computeLater(LanguageJsonRoute route, Request request, Response response, Callback callback, byte[] body,
                              long started) {
        try {
            workers.execute(() -> answer(route, request, response, callback, body, started));
        } catch (RejectedExecutionException busy) {
            reply(request, response, callback, new ApiError(503, "server",
                    "The server is busy. Please try again in a moment.").reply(), started);
        }
    }

    private void answer(LanguageJsonRoute route, Request request, Response response, Callback callback, byte[] body,
                        long started) {
        JsonReply reply;
        try {
            reply = route.answer(request.getHeaders().get(HttpHeader.CONTENT_TYPE),
                    request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE), body);
        } catch (RuntimeException e) {
            LOG.error("request {} {} failed", request.getMethod(), Request.getPathInContext(request), e);
            reply = new ApiError(500, "server", "Something went wrong on our side. Please try again.").reply();
        }
        reply(request, response, callback, reply, started);
    }

    private void reply(Request request, Response response, Callback callback, JsonReply reply, long started) {
        String path = Request.getPathInContext(request);
        RetainableByteBuffer body;
        try {
            body = PooledJson.render(reply.body(), request.getComponents().getByteBufferPool(), RESPONSE_BUFFER);
        } catch (IOException e) {
            callback.failed(e);
            return;
        }
        response.setStatus(reply.status());
        HttpFields.Mutable fields = response.getHeaders();
        for (HttpField field : headersByPath.get(path)) {
            fields.put(field);
        }
        if (reply.status() == 503) {
            fields.put(HttpHeader.RETRY_AFTER, "1");
        }
        if (reply.language() != null) {
            fields.put(CONTENT_LANGUAGE.get(reply.language()));
            fields.put(VARY_LANGUAGE);
        }
        fields.put(HttpHeader.CONTENT_LENGTH, body.remaining());
        long nanos = System.nanoTime() - started;
        log.log(request.getMethod(), path, reply.status(), nanos / 1_000_000,
                log.client(Request.getRemoteAddr(request), request.getHeaders().get("X-Forwarded-For")), null);
        metrics.request(request.getMethod(), path, reply.status(), nanos);
        response.write(true, body.getByteBuffer(), new Callback() {
            @Override
            public void succeeded() {
                body.release();
                callback.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                body.release();
                callback.failed(failure);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        });
    }

    /** Passes the request to Javalin on a pool thread, answering 404 if nothing takes it. */
    private void handOver(Request request, Response response, Callback callback) {
        try {
            getServer().getThreadPool().execute(() -> {
                try {
                    if (!super.handle(request, response, callback)) {
                        Response.writeError(request, response, callback, 404);
                    }
                } catch (Throwable failure) {
                    Response.writeError(request, response, callback, failure);
                }
            });
        } catch (RejectedExecutionException busy) {
            Response.writeError(request, response, callback, 503);
        }
    }

    /** Ends the compute pool's threads once the server has stopped. */
    @Override
    protected void doStop() throws Exception {
        super.doStop();
        workers.close();
    }

    private static Map<Language, HttpField> contentLanguages() {
        Map<Language, HttpField> out = new java.util.EnumMap<>(Language.class);
        Language.all().forEach(l -> out.put(l, new PreEncodedHttpField(HttpHeader.CONTENT_LANGUAGE, l.tag())));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static JsonReply tooLarge() {
        return new ApiError(413, "body", "The request body is larger than the 64 KiB this server accepts.").reply();
    }
}
