package org.crampcare.web.offline;

import io.javalin.http.Context;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.Templates;

/**
 * The installable, offline web app: the service worker script and the page shown for anything
 * that needs a connection (above all the assessment, whose result is never kept or guessed).
 */
public final class OfflineHandlers {
    private final ServiceWorkerScript script;
    private final Templates templates;
    private final boolean diary;

    /**
     * @param diary whether the server has the diary, whose "log a cramp" page works offline too
     */
    public OfflineHandlers(ServiceWorkerScript script, Templates templates, boolean diary) {
        this.script = script;
        this.templates = templates;
        this.diary = diary;
    }

    /** GET /sw.js: the service worker, at the root so that it may serve every page. */
    public void serviceWorker(Context ctx) {
        ctx.contentType("text/javascript; charset=utf-8").result(script.bytes());
    }

    /** GET /offline: the page the service worker shows when a page or form needs the network. */
    public void page(Context ctx) {
        templates.render(ctx, "offline/offline.jte", new OfflineModel(Page.of(ctx, "offline.title", "offline"), diary));
    }
}
