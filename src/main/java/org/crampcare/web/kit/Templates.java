package org.crampcare.web.kit;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the precompiled jte templates of {@code src/main/jte}.
 *
 * <p>Templates are compiled at build time, so a broken template fails the build, not a request.
 * Every template takes one view model named {@code model}.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders the template into the response as HTML with the given status. */
    public void render(Context ctx, int status, String template, Object model) {
        StringOutput out = new StringOutput();
        engine.render(template, model, out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** Renders the template with status 200. */
    public void render(Context ctx, String template, Object model) {
        render(ctx, 200, template, model);
    }
}
