package org.crampcare.web.kit;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.crampcare.knowledge.Language;

/**
 * Chooses the language of each page: the person's own choice first, then the browser's.
 *
 * <p>In order: the {@code language} field of a form post (the language switch, checked against
 * the form token first; it is then remembered in the {@code cc_lang} cookie for a year), the
 * {@code lang} query parameter of a GET (links and the service worker's copies, not remembered),
 * the {@code cc_lang} cookie, {@code Accept-Language}, then English. Pages say their language in
 * {@code Content-Language}, and {@code Vary: Accept-Language, Cookie} tells caches that the same
 * address answers in more than one language. The JSON API and FHIR choose their own language.
 */
public final class PageLanguage {
    /** The cookie that remembers the switch (with {@code __Host-} behind an https public URL). */
    public static final String COOKIE = "cc_lang";
    /** The form field of the language switch. */
    public static final String FIELD = "language";
    /** The query parameter that asks for one page in a language without remembering it. */
    public static final String QUERY = "lang";
    private static final String ATTRIBUTE = "crampcare.texts";
    private static final long ONE_YEAR_SECONDS = 365L * 24 * 3600;
    private static final int MAX_BACK = 2048;
    private final PageTexts texts;
    private final Cookies cookies;

    /** Languages chosen among {@code texts}, remembered with {@code cookies}. */
    public PageLanguage(PageTexts texts, Cookies cookies) {
        this.texts = texts;
        this.cookies = cookies;
    }

    /** Before-handler, ahead of the form-token check: the language from the address, the cookie or the browser. */
    public void choose(Context ctx) {
        if (!isPage(ctx)) {
            return;
        }
        Optional<Language> asked = ctx.method().name().equals("GET")
                ? Language.fromTag(ctx.queryParam(QUERY)) : Optional.empty();
        Language language = asked.or(() -> Language.fromTag(cookies.read(ctx, COOKIE)))
                .or(() -> AcceptLanguage.of(ctx)).orElse(Language.base());
        use(ctx, language);
    }

    /** Chooses the language of an error page whose request failed before {@link #choose} ran. */
    void chooseIfNotYet(Context ctx) {
        if (ctx.attribute(ATTRIBUTE) == null) {
            use(ctx, Language.fromTag(cookies.read(ctx, COOKIE)).or(() -> AcceptLanguage.of(ctx)).orElse(Language.base()));
        }
    }

    /**
     * Before-handler, after the form-token check: a form post carrying the switch's
     * {@code language} field sets the language of this page and remembers it.
     */
    public void remember(Context ctx) {
        if (!isPage(ctx) || !ctx.method().name().equals("POST")) {
            return;
        }
        String field = ctx.formParam(FIELD);
        Language.fromTag(field).filter(l -> l.tag().equals(field)).ifPresent(language -> {
            cookies.set(ctx, COOKIE, language.tag(), ONE_YEAR_SECONDS);
            use(ctx, language);
        });
    }

    /** POST /language: the switch on a page that cannot be posted again; back to the page it was on. */
    public void switchBack(Context ctx) {
        ctx.redirect(safeBack(ctx.formParam("back")), HttpStatus.SEE_OTHER);
    }

    /** The texts of the request's language (English before one is chosen). */
    public static Texts texts(Context ctx) {
        Texts chosen = ctx.attribute(ATTRIBUTE);
        if (chosen == null) {
            throw new IllegalStateException("no language chosen for " + ctx.path());
        }
        return chosen;
    }

    /** The language of the request's page. */
    public static Language of(Context ctx) {
        return texts(ctx).language();
    }

    /** A same-site path to go back to, or the start page for anything else (never another site). */
    static String safeBack(String back) {
        if (back == null || back.length() > MAX_BACK || !back.startsWith("/") || back.startsWith("//")
                || back.startsWith("/\\") || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return back;
    }

    private void use(Context ctx, Language language) {
        ctx.attribute(ATTRIBUTE, texts.in(language));
        ctx.header("Content-Language", language.tag());
        ctx.header("Vary", "Accept-Language, Cookie");
    }

    /** Whether the request is for a page (not the JSON API, FHIR or a static file). */
    private static boolean isPage(Context ctx) {
        String path = ctx.path();
        return !path.startsWith("/api/") && !Csrf.stateless(ctx) && !path.startsWith("/static/")
                && !path.equals("/sw.js") && !(path.startsWith("/manifest.") && path.endsWith(".webmanifest"));
    }
}
