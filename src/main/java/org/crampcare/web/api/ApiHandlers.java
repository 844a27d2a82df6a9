package org.crampcare.web.api;

import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.crampcare.knowledge.Language;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.crampcare.triage.InputException;
import org.crampcare.web.kit.AcceptLanguage;
import org.crampcare.web.kit.ApiError;
import org.crampcare.web.kit.JsonReply;
import org.crampcare.web.kit.Metrics;
import org.crampcare.web.kit.RequestCharset;

/**
 * The JSON API under {@code /api/v1}, described by {@code /api/v1/openapi.json}.
 *
 * <p>The interview, rules and knowledge documents are built once at start-up in every language
 * ({@link KnowledgeDocuments}); {@code Accept-Language} picks one per request.
 */
public final class ApiHandlers {
    private final Assessor assessor;
    private final Metrics metrics;
    private final Map<Language, KnowledgeDocuments> documents = new EnumMap<>(Language.class);

    public ApiHandlers(Assessor assessor, Metrics metrics) {
        this.assessor = assessor;
        this.metrics = metrics;
        Language.all().forEach(l -> documents.put(l, KnowledgeDocuments.of(assessor.knowledge().in(l))));
    }

    /** POST /api/v1/assessments: contract input in, contract output out. */
    public void assess(Context ctx) {
        JsonReply reply = assess(ctx.contentType(), ctx.header("Accept-Language"), ctx.bodyAsBytes());
        if (reply.language() != null) {
            AcceptLanguage.mark(ctx, reply.language());
        }
        ctx.status(reply.status()).contentType("application/json").result(AssessmentJson.writeBytes(reply.body()));
    }

    /**
     * POST /api/v1/assessments for any server: 415 unless JSON, 400 naming the field on bad input.
     * The result's texts are in the language {@code Accept-Language} prefers among those CrampCare
     * speaks, otherwise in the input's language.
     */
    public JsonReply assess(String contentType, String acceptLanguage, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/json")) {
            return new ApiError(415, "Content-Type", "send the input as application/json").reply();
        }
        if (RequestCharset.problem(type) != null) {
            return new ApiError(415, "Content-Type", RequestCharset.problem(type)).reply();
        }
        try {
            AssessmentInput input = AssessmentJson.readInput(body);
            Optional<Language> asked = AcceptLanguage.preferred(acceptLanguage);
            AssessmentResult result = asked.isPresent() ? assessor.assessIn(asked.get(), input, Set.of())
                    : assessor.assess(input);
            metrics.assessed(result.triage());
            return JsonReply.ok(result, result.language());
        } catch (InputException e) {
            return new ApiError(400, e.field(), e.reason()).reply();
        }
    }

    /** GET /api/v1/interview. */
    public void interview(Context ctx) {
        document(ctx, KnowledgeDocuments::interview);
    }

    /** GET /api/v1/rules. */
    public void rules(Context ctx) {
        document(ctx, KnowledgeDocuments::rules);
    }

    /** GET /api/v1/knowledge. */
    public void topics(Context ctx) {
        document(ctx, KnowledgeDocuments::topics);
    }

    /** GET /api/v1/knowledge/{topic}. */
    public void topic(Context ctx) {
        Language language = AcceptLanguage.orBase(ctx);
        String body = documents.get(language).topicById().get(ctx.pathParam("topic"));
        if (body == null) {
            new ApiError(404, "topic", "no topic with this id; see GET /api/v1/knowledge").send(ctx);
            return;
        }
        AcceptLanguage.mark(ctx, language);
        json(ctx, body);
    }

    /** GET /api/v1/sources. */
    public void sources(Context ctx) {
        document(ctx, KnowledgeDocuments::sources);
    }

    /** Answers with a document in the language the request prefers (or the base language), saying which. */
    private void document(Context ctx, Function<KnowledgeDocuments, String> which) {
        Language language = AcceptLanguage.orBase(ctx);
        AcceptLanguage.mark(ctx, language);
        json(ctx, which.apply(documents.get(language)));
    }

    /** GET /api/v1/health: liveness. */
    public void health(Context ctx) {
        json(ctx, "{\"status\":\"ok\"}");
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json").result(body);
    }
}
