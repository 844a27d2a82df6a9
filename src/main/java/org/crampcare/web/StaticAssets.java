package org.crampcare.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampcare.knowledge.Language;
import org.crampcare.web.kit.ClasspathFile;
import org.crampcare.web.kit.PageTexts;
import org.crampcare.web.kit.WebManifest;

/**
 * Serves the app's few static files (styles, scripts, icons) and the web app manifest from memory.
 *
 * <p>Loaded once at start-up, so a missing asset fails fast and a request never touches the disk.
 */
final class StaticAssets {
    private static final String CSS = "text/css; charset=utf-8";
    private static final String JS = "text/javascript; charset=utf-8";
    private static final String PNG = "image/png";
    /** Every file under {@code /static/} with its media type. */
    private static final Map<String, String> TYPES = Map.of("app.css", CSS, "print.css", CSS, "theme.js", JS,
            "app.js", JS, "diary.js", JS, "icon-192.png", PNG, "icon-512.png", PNG, "icon-maskable-512.png", PNG);
    /** The static files every page uses, which the offline copies need too. */
    private static final List<String> PAGE_FILES = List.of("app.css", "print.css", "theme.js", "app.js", "diary.js",
            "icon-192.png");
    private final Map<String, byte[]> files;
    /** The web app manifest of each language by its address. */
    private final Map<String, byte[]> manifests;
    private final byte[] openApi;

    private StaticAssets(Map<String, byte[]> files, Map<String, byte[]> manifests, byte[] openApi) {
        this.files = files;
        this.manifests = manifests;
        this.openApi = openApi;
    }

    /** Loads every known asset from {@code /web} on the classpath, with the manifest in each language of {@code texts}. */
    static StaticAssets load(PageTexts texts) {
        Map<String, byte[]> files = new HashMap<>();
        TYPES.keySet().forEach(name -> files.put(name, ClasspathFile.read("/web/static/" + name)));
        byte[] english = ClasspathFile.read("/web/manifest.webmanifest");
        Map<String, byte[]> manifests = new LinkedHashMap<>();
        Language.all().forEach(l -> manifests.put(WebManifest.path(l), WebManifest.in(english, texts.in(l))));
        return new StaticAssets(Map.copyOf(files), manifests, ClasspathFile.read("/web/openapi.json"));
    }

    /** The addresses of the static files the pages use, for the offline copies. */
    List<String> offlineFiles() {
        List<String> all = new java.util.ArrayList<>(PAGE_FILES.stream().map(name -> "/static/" + name).toList());
        all.addAll(manifests.keySet());
        return all;
    }

    /** The address of the manifest in each language. */
    Set<String> manifestPaths() {
        return manifests.keySet();
    }

    /** GET /static/{file}. */
    void asset(Context ctx) {
        String name = ctx.pathParam("file");
        if (!files.containsKey(name)) {
            throw new NotFoundResponse("no such file");
        }
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType(TYPES.get(name)).result(files.get(name));
    }

    /** GET /manifest.webmanifest, /manifest.es.webmanifest...: what browsers need to offer installing CrampCare. */
    void manifest(Context ctx) {
        ctx.contentType("application/manifest+json").result(manifests.get(ctx.path()));
    }

    /** GET /api/v1/openapi.json. */
    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }
}
