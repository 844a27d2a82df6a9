package org.crampcare.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.crampcare.account.AccountBusyException;
import org.crampcare.account.SignInException;
import org.crampcare.fhir.FhirInputException;
import org.crampcare.triage.InputException;
import org.crampcare.web.api.ApiHandlers;
import org.crampcare.web.assessment.AssessmentHandlers;
import org.crampcare.web.assessment.NowHandlers;
import org.crampcare.web.fhir.FhirHandlers;
import org.crampcare.web.insights.InsightsHandlers;
import org.crampcare.web.insights.ReportHandlers;
import org.crampcare.web.kit.ApiMediaType;
import org.crampcare.web.kit.ApiProblem;
import org.crampcare.web.kit.BodyLimit;
import org.crampcare.web.kit.Csrf;
import org.crampcare.web.kit.DirectRoutes;
import org.crampcare.web.kit.Errors;
import org.crampcare.web.kit.IdempotencyKeys;
import org.crampcare.web.kit.NotSignedInException;
import org.crampcare.web.kit.PageLanguage;
import org.crampcare.web.kit.RequestCharset;
import org.crampcare.web.kit.SecurityHeaders;
import org.crampcare.web.knowledge.KnowledgeHandlers;
import org.crampcare.web.knowledge.SearchHandlers;
import org.crampcare.web.offline.OfflineHandlers;

/**
 * Every route of the web app and the API, in one list.
 *
 * <p>Handlers are plain methods on small per-feature classes; this class only says which method
 * answers which request, and in what order the cross-cutting checks run.
 */
final class Routes {
    private final SecurityHeaders headers;
    private final BodyLimit bodyLimit = new BodyLimit();
    private final RequestCharset charset = new RequestCharset();
    private final Csrf csrf;
    private final StaticAssets assets;
    private final KnowledgeHandlers pages;
    private final AssessmentHandlers assessment;
    private final NowHandlers now;
    private final SearchHandlers search;
    private final ApiHandlers api;
    private final Errors errors;
    private final InsightsHandlers insights;
    private final ReportHandlers reports;
    private final ApiMediaType mediaType = new ApiMediaType();
    private final PersonalHandlers personal;
    private final FhirHandlers fhir;
    private final OfflineHandlers offline;
    private final PageLanguage languages;

    /**
     * Routes with the given handlers.
     *
     * @param personal the account and diary handlers, or null on a server without a database (their
     *                 routes then answer 503)
     */
    Routes(StaticAssets assets, KnowledgeHandlers pages, AssessmentHandlers assessment, NowHandlers now,
           SearchHandlers search, ApiHandlers api, Errors errors, SecurityHeaders headers, Csrf csrf,
           PersonalHandlers personal, InsightsHandlers insights, ReportHandlers reports, FhirHandlers fhir,
           OfflineHandlers offline, PageLanguage languages) {
        this.languages = languages;
        this.headers = headers;
        this.csrf = csrf;
        this.personal = personal;
        this.fhir = fhir;
        this.offline = offline;
        this.insights = insights;
        this.reports = reports;
        this.assets = assets;
        this.pages = pages;
        this.assessment = assessment;
        this.now = now;
        this.search = search;
        this.api = api;
        this.errors = errors;
    }

    /**
     * The pages and files the service worker keeps for use without a connection: only public ones,
     * which say nothing about anyone (no diary page but the empty "log a cramp now").
     *
     * @param diary whether the server has the diary
     */
    static List<String> offlinePages(StaticAssets assets, KnowledgeHandlers pages, NowHandlers now, boolean diary) {
        List<String> all = new ArrayList<>(offlineHtml(pages, now, diary));
        all.addAll(assets.offlineFiles());
        return List.copyOf(all);
    }

    /** The pages among {@link #offlinePages} (not the files), which are kept in every language. */
    static List<String> offlineHtml(KnowledgeHandlers pages, NowHandlers now, boolean diary) {
        List<String> html = new ArrayList<>(pages.offlinePages());
        html.addAll(now.offlinePages());
        html.add("/offline");
        if (diary) {
            html.add("/diary/offline");
        }
        return List.copyOf(html);
    }

    /**
     * The routes answered ahead of Javalin, on Jetty's own API (see {@link DirectRoutes}). Javalin
     * lists the same path below for everything else about it (other methods, a trailing slash).
     */
    void addDirectTo(DirectRoutes direct) {
        direct.post("/api/v1/assessments", api::assess);
    }

    void addTo(RoutesConfig r) {
        r.before(headers::apply);
        r.before(languages::choose);
        r.before(bodyLimit::check);
        r.before(charset::check);
        r.before(csrf::check);
        r.before(languages::remember);
        r.before(mediaType::check);
        if (personal != null) {
            r.before(personal.sessions()::lookUp);
        }

        r.get("/", pages::home);
        r.get("/assessment", assessment::start);
        r.post("/assessment/step", assessment::step);
        r.post("/assessment/text", assessment::text);
        r.get("/now", now::picker);
        r.post("/now", now::steps);
        r.get("/now/steps", now::stepsPage);
        r.get("/knowledge", pages::index);
        r.get("/knowledge/{topic}", pages::topic);
        r.get("/sources", pages::sources);
        r.get("/about", pages::about);
        r.post("/search", search::page);
        r.get("/static/{file}", assets::asset);
        assets.manifestPaths().forEach(path -> r.get(path, assets::manifest));
        r.get("/sw.js", offline::serviceWorker);
        r.get("/offline", offline::page);
        r.post("/language", languages::switchBack);

        r.get("/account/signup", on(p -> p.account()::signUpPage));
        r.post("/account/signup", on(p -> p.account()::signUp));
        r.get("/account/signin", on(p -> p.account()::signInPage));
        r.post("/account/signin", on(p -> p.account()::signIn));
        r.post("/account/signout", on(p -> p.account()::signOut));
        r.get("/account", on(p -> p.account()::accountPage));
        r.post("/account/password", on(p -> p.account()::changePassword));
        r.post("/account/delete", on(p -> p.account()::deleteAccount));
        r.post("/assessment/save", once(p -> p.save()::save));
        r.get("/diary", on(p -> p.diary()::home));
        r.get("/diary/offline", on(p -> p.diary()::offline));
        r.post("/diary/log", once(p -> p.diary()::log));
        r.get("/diary/cramps", on(p -> p.diary()::list));
        r.post("/diary/cramps", on(p -> p.diary()::filter));
        r.get("/diary/cramps/{id}", on(p -> p.diary()::edit));
        r.post("/diary/cramps/{id}", once(p -> p.diary()::save));
        r.post("/diary/cramps/{id}/delete", on(p -> p.diary()::delete));
        r.get("/diary/checkin", on(p -> p.checkIn()::page));
        r.post("/diary/checkin", once(p -> p.checkIn()::save));
        r.get("/diary/assessments", on(p -> p.assessments()::history));
        r.post("/diary/assessments/{id}/delete", on(p -> p.assessments()::delete));
        r.get("/diary/data", on(p -> p.data()::page));
        r.get("/diary/data/csv", on(p -> p.data()::csv));
        r.get("/diary/data/json", on(p -> p.data()::json));
        r.post("/diary/data/import", once(p -> p.data()::importCsv));
        r.post("/diary/data/delete", on(p -> p.data()::deleteEverything));
        r.post("/diary/data/fhir", on(p -> p.fhirExport()::download));

        r.post("/api/v1/assessments", api::assess);
        r.get("/api/v1/interview", api::interview);
        r.get("/api/v1/rules", api::rules);
        r.get("/api/v1/knowledge", api::topics);
        r.get("/api/v1/knowledge/search", search::api);
        r.get("/api/v1/knowledge/{topic}", api::topic);
        r.get("/api/v1/sources", api::sources);
        r.get("/api/v1/health", api::health);
        r.get("/api/v1/openapi.json", assets::openApi);

        r.post("/api/v1/account/signup", on(p -> p.accountApi()::signUp));
        r.post("/api/v1/account/signin", on(p -> p.accountApi()::signIn));
        r.post("/api/v1/account/signout", on(p -> p.accountApi()::signOut));
        r.get("/api/v1/diary/tokens", on(p -> p.accountApi()::tokens));
        r.post("/api/v1/diary/tokens", on(p -> p.accountApi()::createToken));
        r.delete("/api/v1/diary/tokens/{id}", on(p -> p.accountApi()::revokeToken));
        r.get("/api/v1/diary/cramps", on(p -> p.diaryApi()::cramps));
        r.post("/api/v1/diary/cramps", once(p -> p.diaryApi()::logCramp));
        r.get("/api/v1/diary/cramps/{id}", on(p -> p.diaryApi()::cramp));
        r.put("/api/v1/diary/cramps/{id}", once(p -> p.diaryApi()::updateCramp));
        r.delete("/api/v1/diary/cramps/{id}", on(p -> p.diaryApi()::deleteCramp));
        r.get("/api/v1/diary/checkins", on(p -> p.diaryApi()::checkIns));
        r.get("/api/v1/diary/checkins/{date}", on(p -> p.diaryApi()::checkIn));
        r.put("/api/v1/diary/checkins/{date}", once(p -> p.diaryApi()::saveCheckIn));
        r.delete("/api/v1/diary/checkins/{date}", on(p -> p.diaryApi()::deleteCheckIn));
        r.get("/api/v1/diary/assessments", on(p -> p.diaryApi()::assessments));
        r.post("/api/v1/diary/assessments", once(p -> p.diaryApi()::saveAssessment));
        r.get("/api/v1/diary/assessments/{id}", on(p -> p.diaryApi()::assessment));
        r.delete("/api/v1/diary/assessments/{id}", on(p -> p.diaryApi()::deleteAssessment));
        r.get("/api/v1/diary/warnings", on(p -> p.diaryApi()::warnings));
        r.get("/api/v1/diary/export", on(p -> p.diaryApi()::export));
        r.post("/api/v1/diary/import", once(p -> p.diaryApi()::importCsv));
        if (insights != null) {
            r.get("/diary/insights", insights::page);
            r.get("/diary/report", reports::page);
            r.post("/diary/report", reports::pick);
            r.post("/diary/report/pdf", reports::pdf);
            r.get("/api/v1/diary/insights", insights::api);
            r.get("/api/v1/diary/report", reports::api);
        }

        r.get("/fhir/metadata", fhir::metadata);
        r.get("/fhir/Questionnaire/{id}", fhir::questionnaire);
        r.post("/fhir/Questionnaire/$next-question", fhir::nextQuestion);
        r.post("/fhir/QuestionnaireResponse/$assess", fhir::assess);
        r.get("/fhir/CodeSystem/{id}", fhir::codeSystem);

        r.exception(FhirInputException.class, fhir::badInput);
        r.exception(HttpResponseException.class, errors::httpStatus);
        r.exception(ApiProblem.class, errors::apiProblem);
        r.exception(NotSignedInException.class, errors::notSignedIn);
        r.exception(InputException.class, errors::input);
        r.exception(SignInException.class, errors::signIn);
        r.exception(AccountBusyException.class, errors::busy);
        r.exception(Exception.class, errors::unexpected);
        r.error(404, errors::status);
        r.error(405, errors::status);
    }

    /**
     * A diary write that honours the {@code Idempotency-Key} header (see {@link IdempotencyKeys}), or the
     * 503 answer when the server has no database.
     */
    private Handler once(Function<PersonalHandlers, Handler> handler) {
        return personal == null ? errors::unavailable : personal.idempotency().around(handler.apply(personal));
    }

    /** The handler from the personal handlers, or the 503 answer when the server has no database. */
    private Handler on(Function<PersonalHandlers, Handler> handler) {
        return personal == null ? errors::unavailable : handler.apply(personal);
    }
}
