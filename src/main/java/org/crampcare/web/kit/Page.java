package org.crampcare.web.kit;

import io.javalin.http.Context;

/**
 * What every page's layout needs: its title, the form token and which menu entry is current.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param title   the page's title and h1
 * @param csrf    the form token to put in every form's hidden field
 * @param section menu entry to mark as current: home, assessment, emergency (hides the
 *                emergency box: the whole page is the emergency instruction), now, knowledge, about,
 *                diary, account
 * @param signedIn whether someone is signed in (the menu then offers the diary and sign-out)
 */
public record Page(String title, String csrf, String section, boolean signedIn) {

    /** The page of this request: its form token and whether someone is signed in. */
    public static Page of(Context ctx, String title, String section) {
        return new Page(title, Csrf.token(ctx), section, Sessions.signedIn(ctx));
    }
}
