package org.crampcare.web.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.ConditionJson;
import org.crampcare.knowledge.ContentEntry;
import org.crampcare.knowledge.ContentTopic;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Rule;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.crampcare.triage.InputException;
import org.crampcare.web.kit.ApiError;
import org.crampcare.web.kit.JsonReply;
import org.crampcare.web.kit.Metrics;
import org.crampcare.web.kit.RequestCharset;

/**
 * The JSON API under {@code /api/v1}, described by {@code /api/v1/openapi.json}.
 *
 * <p>The interview, rules and knowledge documents are built once at start-up: the knowledge is
 * immutable, so every request gets the same bytes.
 */
public final class ApiHandlers {
    private final Assessor assessor;
    private final Metrics metrics;
    private final String interview;
    private final String rules;
    private final String topics;
    private final Map<String, String> topicById;
    private final String sources;

    public ApiHandlers(Assessor assessor, Metrics metrics) {
        this.assessor = assessor;
        this.metrics = metrics;
        KnowledgeBase k = assessor.knowledge();
        this.interview = AssessmentJson.write(interview(k));
        this.rules = AssessmentJson.write(rules(k));
        this.topics = AssessmentJson.write(Map.of("topics", k.topics().stream().map(ApiHandlers::topicSummary).toList()));
        Map<String, String> byId = new LinkedHashMap<>();
        k.topics().forEach(t -> byId.put(t.id(), AssessmentJson.write(topic(t))));
        this.topicById = Map.copyOf(byId);
        this.sources = AssessmentJson.write(Map.of("sources", List.copyOf(k.sources().values())));
    }

    /** POST /api/v1/assessments: contract input in, contract output out. */
    public void assess(Context ctx) {
        JsonReply reply = assess(ctx.contentType(), ctx.bodyAsBytes());
        ctx.status(reply.status()).contentType("application/json").result(AssessmentJson.writeBytes(reply.body()));
    }

    /** POST /api/v1/assessments for any server: 415 unless JSON, 400 naming the field on bad input. */
    public JsonReply assess(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/json")) {
            return new ApiError(415, "Content-Type", "send the input as application/json").reply();
        }
        if (RequestCharset.problem(type) != null) {
            return new ApiError(415, "Content-Type", RequestCharset.problem(type)).reply();
        }
        try {
            AssessmentResult result = assessor.assess(AssessmentJson.readInput(body));
            metrics.assessed(result.triage());
            return JsonReply.ok(result);
        } catch (InputException e) {
            return new ApiError(400, e.field(), e.reason()).reply();
        }
    }

    /** GET /api/v1/interview. */
    public void interview(Context ctx) {
        json(ctx, interview);
    }

    /** GET /api/v1/rules. */
    public void rules(Context ctx) {
        json(ctx, rules);
    }

    /** GET /api/v1/knowledge. */
    public void topics(Context ctx) {
        json(ctx, topics);
    }

    /** GET /api/v1/knowledge/{topic}. */
    public void topic(Context ctx) {
        String body = topicById.get(ctx.pathParam("topic"));
        if (body == null) {
            new ApiError(404, "topic", "no topic with this id; see GET /api/v1/knowledge").send(ctx);
            return;
        }
        json(ctx, body);
    }

    /** GET /api/v1/sources. */
    public void sources(Context ctx) {
        json(ctx, sources);
    }

    /** GET /api/v1/health: liveness. */
    public void health(Context ctx) {
        json(ctx, "{\"status\":\"ok\"}");
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json").result(body);
    }

    private static Map<String, Object> interview(KnowledgeBase k) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policyVersion", k.policyVersion());
        out.put("screens", k.screens());
        out.put("items", k.items().stream().map(ApiHandlers::item).toList());
        return out;
    }

    private static Map<String, Object> item(Item i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", i.id());
        out.put("type", i.type().key());
        out.put("screen", i.screen());
        out.put("question", i.question());
        out.put("help", i.help());
        out.put("min", i.min());
        out.put("max", i.max());
        out.put("values", i.values());
        out.put("askWhen", ConditionJson.of(i.askWhen()));
        out.put("sources", i.sources());
        return out;
    }

    private static Map<String, Object> rules(KnowledgeBase k) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policyVersion", k.policyVersion());
        out.put("levels", java.util.Arrays.stream(TriageLevel.values()).map(k::level).toList());
        out.put("rules", k.rules().stream().map(ApiHandlers::rule).toList());
        return out;
    }

    private static Map<String, Object> rule(Rule r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("level", r.level());
        out.put("items", r.items());
        out.put("when", ConditionJson.of(r.when()));
        out.put("explanation", r.explanation());
        out.put("sources", r.sources());
        return out;
    }

    private static Map<String, Object> topicSummary(ContentTopic t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id());
        out.put("title", t.title());
        out.put("intro", t.intro());
        out.put("entries", t.entries().size());
        return out;
    }

    private static Map<String, Object> topic(ContentTopic t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id());
        out.put("title", t.title());
        out.put("intro", t.intro());
        out.put("entries", t.entries().stream().map(ApiHandlers::entry).toList());
        return out;
    }

    private static Map<String, Object> entry(ContentEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("title", e.title());
        out.put("group", e.group());
        out.put("text", e.text());
        out.put("steps", e.steps());
        out.put("basis", e.basis().key());
        out.put("evidence", e.evidence().name().toLowerCase(java.util.Locale.ROOT));
        out.put("caveat", e.caveat());
        out.put("timerMinutes", e.timerMinutes());
        out.put("when", ConditionJson.of(e.when()));
        out.put("sources", e.sources());
        return out;
    }
}
