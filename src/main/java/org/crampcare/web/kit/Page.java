package org.crampcare.web.kit;

import io.javalin.http.Context;

/**
 * What every page's layout needs: its title, the form token, which menu entry is current, and
 * the words of the page's language.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param title    the page's title and h1
 * @param csrf     the form token to put in every form's hidden field
 * @param section  menu entry to mark as current: home, assessment, emergency (hides the
 *                 emergency box: the whole page is the emergency instruction), now, knowledge, about,
 *                 diary, account
 * @param signedIn whether someone is signed in (the menu then offers the diary and sign-out)
 * @param texts    the page texts of the language the page is in
 * @param languages the form of the language switch
 */
public record Page(String title, String csrf, String section, boolean signedIn, Texts texts,
                   LanguageSwitch languages) {

    /** The page of this request, titled with the page text {@code titleKey}. */
    public static Page of(Context ctx, String titleKey, String section) {
        return titled(ctx, PageLanguage.texts(ctx).get(titleKey), section);
    }

    /** The page of this request with a title of its own (a topic's, a screen's). */
    public static Page titled(Context ctx, String title, String section) {
        return new Page(title, Csrf.token(ctx), section, Sessions.signedIn(ctx), PageLanguage.texts(ctx),
                LanguageSwitch.of(ctx, section));
    }

    /**
     * The error page of this request, titled with the page text {@code titleKey}. Its switch never
     * posts the failed request's form again (the form may be what failed): on a GET it goes back
     * to the address, after a post to the start page.
     */
    public static Page forError(Context ctx, String titleKey) {
        Texts texts = PageLanguage.texts(ctx);
        return new Page(texts.get(titleKey), Csrf.token(ctx), "", Sessions.signedIn(ctx), texts,
                LanguageSwitch.withoutRepost(ctx));
    }

    /** The same page under another title. */
    public Page withTitle(String newTitle) {
        return new Page(newTitle, csrf, section, signedIn, texts, languages);
    }

    /** The same page under the page text {@code titleKey}, in another menu section. */
    public Page as(String titleKey, String newSection) {
        return new Page(texts.get(titleKey), csrf, newSection, signedIn, texts, languages);
    }

    /** The same page as seen by nobody signed in (after the account is deleted). */
    public Page signedOut() {
        return new Page(title, csrf, section, false, texts, languages);
    }

    /** The address of the web app manifest in this page's language. */
    public String manifest() {
        return WebManifest.path(texts.language());
    }

    /** The page text of {@code key} in this page's language. */
    public String t(String key) {
        return texts.get(key);
    }
}
