package org.crampcare.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Serves the app's few static files (one stylesheet, one script) from memory.
 *
 * <p>Loaded once at start-up, so a missing asset fails fast and a request never touches the disk.
 */
final class StaticAssets {
    private static final Map<String, String> TYPES = Map.of(
            "app.css", "text/css; charset=utf-8",
            "print.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "openapi.json", "application/json");
    private final Map<String, byte[]> files;

    private StaticAssets(Map<String, byte[]> files) {
        this.files = files;
    }

    /** Loads every known asset from {@code /web/static} on the classpath. */
    static StaticAssets load() {
        return new StaticAssets(Map.of(
                "app.css", read("/web/static/app.css"),
                "print.css", read("/web/static/print.css"),
                "app.js", read("/web/static/app.js"),
                "openapi.json", read("/web/openapi.json")));
    }

    /** GET /static/{file}. */
    void asset(Context ctx) {
        String name = ctx.pathParam("file");
        if (name.equals("openapi.json") || !files.containsKey(name)) {
            throw new NotFoundResponse("no such file");
        }
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType(TYPES.get(name)).result(files.get(name));
    }

    /** GET /api/v1/openapi.json. */
    void openApi(Context ctx) {
        ctx.contentType(TYPES.get("openapi.json")).result(files.get("openapi.json"));
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing web resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web resource " + resource, e);
        }
    }
}
