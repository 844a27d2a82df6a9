package org.crampcare.web.kit;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The form behind a page's "English / Español" switch, which works without JavaScript.
 *
 * <p>A page reached by a form post that only shows something (a wizard step, the emergency page,
 * a result, search results, the report of a period) is posted again with the same fields and the
 * new language, so switching never loses the answers or the emergency text on screen; the form
 * token guards it like any form. Every other page posts to {@code /language}, which remembers the
 * choice and sends the browser back to the page's address (a page a post made, such as a saved
 * check-in, goes back to its section's page).
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param action the address the switch posts to
 * @param fields the hidden fields it sends along (never the form token, which the layout adds)
 */
public record LanguageSwitch(String action, List<Hidden> fields) {
    /** Posts that only show a page, so that posting them again in another language is safe. */
    static final Set<String> REPOSTABLE = Set.of("/assessment/step", "/assessment/text", "/search", "/diary/report",
            "/diary/cramps");
    private static final Map<String, String> SECTION_PAGES = Map.of("assessment", "/assessment", "now", "/now",
            "knowledge", "/knowledge", "about", "/about", "diary", "/diary", "account", "/account",
            "insights", "/diary/insights", "report", "/diary/report", "offline", "/offline");

    /** One hidden field. */
    public record Hidden(String name, String value) {
    }

    /** The switch of the page this request shows, in menu section {@code section}. */
    static LanguageSwitch of(Context ctx, String section) {
        String path = ctx.path();
        if (ctx.method().name().equals("GET")) {
            return back(path + query(ctx));
        }
        if (REPOSTABLE.contains(path)) {
            List<Hidden> fields = new ArrayList<>();
            ctx.formParamMap().forEach((name, values) -> {
                if (!name.equals(Csrf.FIELD) && !name.equals(PageLanguage.FIELD)) {
                    values.forEach(v -> fields.add(new Hidden(name, v)));
                }
            });
            return new LanguageSwitch(path, List.copyOf(fields));
        }
        return back(SECTION_PAGES.getOrDefault(section, "/"));
    }

    /** The switch of an error page: back to the address of a GET, else to the start page. */
    static LanguageSwitch withoutRepost(Context ctx) {
        return back(ctx.method().name().equals("GET") ? ctx.path() + query(ctx) : "/");
    }

    private static LanguageSwitch back(String to) {
        return new LanguageSwitch("/language", List.of(new Hidden("back", to)));
    }

    /** The query string without {@code lang}, which would otherwise override the switch. */
    private static String query(Context ctx) {
        String q = ctx.queryParamMap().entrySet().stream().filter(e -> !e.getKey().equals(PageLanguage.QUERY))
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return q.isEmpty() ? "" : "?" + q;
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
