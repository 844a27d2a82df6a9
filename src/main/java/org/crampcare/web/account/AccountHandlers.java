package org.crampcare.web.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.crampcare.account.AccountService;
import org.crampcare.account.SignInException;
import org.crampcare.account.SignedIn;
import org.crampcare.triage.InputException;
import org.crampcare.web.kit.ClientAddress;
import org.crampcare.web.kit.Errors;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.PageLanguage;
import org.crampcare.web.kit.Sessions;
import org.crampcare.web.kit.Templates;

/**
 * The account pages: sign up, sign in and out, change the password, delete the account.
 *
 * <p>No answer tells whether an e-mail has an account: sign-up always sends the person on to sign
 * in, and a failed sign-in has one message. The client address for throttling is the connection's
 * own, or the one a trusted proxy forwarded (see {@link ClientAddress}).
 */
public final class AccountHandlers {
    /** What sign-up answers, whether or not the e-mail already had an account. */
    public static final String SIGNED_UP = "If this e-mail had no account, it has one now. Sign in to continue.";
    private final AccountService accounts;
    private final Sessions sessions;
    private final Templates templates;
    private final ClientAddress clients;

    public AccountHandlers(AccountService accounts, Sessions sessions, Templates templates, ClientAddress clients) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.templates = templates;
        this.clients = clients;
    }

    /** GET /account/signup. */
    public void signUpPage(Context ctx) {
        render(ctx, 200, "account/signup.jte", "account.signup", "", null, null);
    }

    /** POST /account/signup: creates the account (or nothing, for a taken e-mail) and asks to sign in. */
    public void signUp(Context ctx) {
        String email = field(ctx, "email");
        try {
            accounts.signUp(email, ctx.formParam("password"), clients.of(ctx));
        } catch (InputException e) {
            render(ctx, 400, "account/signup.jte", "account.signup", email, Errors.formMessage(e, PageLanguage.texts(ctx)), null);
            return;
        } catch (SignInException e) {
            render(ctx, 429, "account/signup.jte", "account.signup", email, Errors.message(e, PageLanguage.texts(ctx)), null);
            return;
        }
        render(ctx, 200, "account/signin.jte", "account.signin", email, null, PageLanguage.texts(ctx).get("account.signed-up"));
    }

    /** GET /account/signin. */
    public void signInPage(Context ctx) {
        render(ctx, 200, "account/signin.jte", "account.signin", "", null, null);
    }

    /** POST /account/signin: starts a session and opens the diary. */
    public void signIn(Context ctx) {
        String email = field(ctx, "email");
        try {
            SignedIn signedIn = accounts.signIn(email, ctx.formParam("password"), clients.of(ctx));
            sessions.remember(ctx, signedIn);
            ctx.redirect("/diary", HttpStatus.SEE_OTHER);
        } catch (InputException e) {
            render(ctx, 400, "account/signin.jte", "account.signin", email, Errors.formMessage(e, PageLanguage.texts(ctx)), null);
        } catch (SignInException e) {
            boolean throttled = e.reason() == SignInException.Reason.THROTTLED;
            render(ctx, throttled ? 429 : 401, "account/signin.jte", "account.signin", email, throttled
                    ? PageLanguage.texts(ctx).get("account.too-many") : Errors.message(e, PageLanguage.texts(ctx)), null);
        }
    }

    /** POST /account/signout. */
    public void signOut(Context ctx) {
        sessions.token(ctx).ifPresent(accounts::signOut);
        sessions.forget(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** GET /account: change the password, delete the account. */
    public void accountPage(Context ctx) {
        long person = sessions.required(ctx);
        render(ctx, 200, "account/account.jte", "account.title", accounts.email(person).orElse(""), null, null);
    }

    /** POST /account/password. */
    public void changePassword(Context ctx) {
        long person = sessions.required(ctx);
        String email = accounts.email(person).orElse("");
        try {
            SignedIn signedIn = accounts.changePassword(person, ctx.formParam("current_password"),
                    ctx.formParam("new_password"), clients.of(ctx));
            sessions.remember(ctx, signedIn);
            render(ctx, 200, "account/account.jte", "account.title", email, null,
                    PageLanguage.texts(ctx).get("account.changed"));
        } catch (InputException e) {
            render(ctx, 400, "account/account.jte", "account.title", email, Errors.formMessage(e, PageLanguage.texts(ctx)), null);
        } catch (SignInException e) {
            render(ctx, 429, "account/account.jte", "account.title", email,
                    PageLanguage.texts(ctx).get("account.too-many"), null);
        }
    }

    /** POST /account/delete: after the password, deletes the account and every entry. */
    public void deleteAccount(Context ctx) {
        long person = sessions.required(ctx);
        String email = accounts.email(person).orElse("");
        try {
            accounts.deleteAccount(person, ctx.formParam("password"), clients.of(ctx));
        } catch (InputException e) {
            render(ctx, 400, "account/account.jte", "account.title", email, Errors.formMessage(e, PageLanguage.texts(ctx)), null);
            return;
        } catch (SignInException e) {
            render(ctx, 429, "account/account.jte", "account.title", email,
                    PageLanguage.texts(ctx).get("account.too-many"), null);
            return;
        }
        sessions.forget(ctx);
        templates.render(ctx, "account/deleted.jte", new AccountModel(
                Page.of(ctx, "account.deleted-page-title", "account").signedOut(), "", null, null));
    }

    private void render(Context ctx, int status, String template, String titleKey, String email, String error,
                        String notice) {
        templates.render(ctx, status, template, new AccountModel(Page.of(ctx, titleKey, "account"), email, error, notice));
    }

    private static String field(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }
}
