package org.crampcare.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * CrampCare in FHIR R4: the one entry point the web layer uses. Every answer is FHIR JSON.
 *
 * <p>FHIR is only a mapping here: the Questionnaire and code systems are generated from the
 * loaded knowledge, and every level comes from the same {@link Assessor} as the JSON API and the
 * web pages. Nothing is built until first use (or {@link #warmUpInBackground}), so FHIR costs the
 * server's start-up nothing; the generated artefacts are then built once and shared. Thread-safe.
 */
public final class FhirService {
    /** The SDC name of the response parameter of $next-question (and, here, of $assess). */
    static final String RESPONSE_PARAMETER = "questionnaire-response";
    private final Assessor assessor;
    private final Clock clock;
    private final FhirRuntime runtime = new FhirRuntime();
    private volatile Artefacts artefacts;

    private FhirService(Assessor assessor, Clock clock) {
        this.assessor = assessor;
        this.clock = clock;
    }

    /** The FHIR mapping of this assessor's knowledge; cheap, as everything is built on first use. */
    public static FhirService create(Assessor assessor, Clock clock) {
        return new FhirService(assessor, clock);
    }

    /**
     * Builds HAPI's context and the generated artefacts on a low-priority daemon thread, after
     * {@code delay}: started at once, it took CPU from the server's own start on two cores (measured:
     * the health check answered later), so it waits until the start is over. A FHIR request that comes
     * earlier builds them itself.
     */
    public void warmUpInBackground(java.time.Duration delay) {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            artefacts();
        }, "fhir-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** GET /fhir/metadata. */
    public String capabilityStatement() {
        return artefacts().capabilities();
    }

    /** The Questionnaire of the whole interview. */
    public String questionnaire() {
        return artefacts().questionnaire();
    }

    /** The code system with this id, if CrampCare has one. */
    public Optional<String> codeSystem(String id) {
        return Optional.ofNullable(artefacts().codeSystems().get(id));
    }

    /** The ids of CrampCare's code systems. */
    public java.util.Set<String> codeSystemIds() {
        return artefacts().codeSystems().keySet();
    }

    /**
     * SDC {@code $next-question}: the response (bare or in Parameters) with the next question added.
     *
     * @throws FhirInputException naming the linkId or the part of the body at fault
     */
    public String nextQuestion(String body) {
        Artefacts a = artefacts();
        IBaseResource input = parse(body);
        QuestionnaireResponse out = a.nextQuestion().next(response(input));
        return runtime.encode(input instanceof Parameters ? new Parameters().addParameter(new Parameters
                .ParametersParameterComponent().setName("return").setResource(out)) : out);
    }

    /**
     * {@code QuestionnaireResponse/$assess}: the triage of the answers as a RiskAssessment.
     *
     * @throws FhirInputException naming the linkId or the part of the body at fault
     */
    public String assess(String body) {
        return assess(body, level -> { });
    }

    /**
     * The same, telling {@code levels} the triage level given (for the server's counts by level).
     *
     * @throws FhirInputException naming the linkId or the part of the body at fault
     */
    public String assess(String body, Consumer<TriageLevel> levels) {
        Artefacts a = artefacts();
        QuestionnaireResponse response = response(parse(body));
        ResponseAnswers.Read read = a.reader().read(response);
        AssessmentResult result = Assessing.assess(assessor, AssessmentInput.of(read.answers()), read.unanswered());
        levels.accept(result.triage());
        Reference subject = response.hasSubject() ? response.getSubject().copy()
                : new Reference().setDisplay("The person who answered the questionnaire");
        return runtime.encode(a.riskAssessments().of(result.triage(), result.ruleIds(), result.complete(), subject,
                Date.from(clock.instant())));
    }

    /** A person's diary export as a collection Bundle. */
    public String diaryBundle(DiaryExport export) {
        return runtime.encode(artefacts().diary().of(export));
    }

    /** An OperationOutcome with one error issue for the HTTP status, and the FHIRPath at fault when known. */
    public String outcome(int status, String message, String expression) {
        return runtime.encode(Outcomes.error(Outcomes.typeFor(status), message, expression));
    }

    private IBaseResource parse(String body) {
        if (body == null || body.isBlank()) {
            throw new FhirInputException(null, "body", "the body is empty; send a FHIR resource as JSON");
        }
        try {
            return runtime.json().parseResource(body);
        } catch (DataFormatException e) {
            throw new FhirInputException(null, "body", "not a valid FHIR R4 JSON resource: " + firstLine(e.getMessage()));
        }
    }

    private static QuestionnaireResponse response(IBaseResource input) {
        if (input instanceof QuestionnaireResponse qr) {
            return qr;
        }
        if (input instanceof Parameters p) {
            Resource r = p.getParameter().stream().filter(x -> RESPONSE_PARAMETER.equals(x.getName()))
                    .map(Parameters.ParametersParameterComponent::getResource).filter(x -> x != null)
                    .findFirst().orElse(null);
            if (r instanceof QuestionnaireResponse qr) {
                return qr;
            }
            throw new FhirInputException(null, "Parameters.parameter",
                    "expected a parameter '" + RESPONSE_PARAMETER + "' holding a QuestionnaireResponse");
        }
        throw new FhirInputException(null, input.fhirType(),
                "expected a QuestionnaireResponse (or Parameters), got a " + input.fhirType());
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private Artefacts artefacts() {
        Artefacts built = artefacts;
        if (built == null) {
            synchronized (this) {
                if (artefacts == null) {
                    artefacts = Artefacts.build(assessor, runtime, clock);
                }
                built = artefacts;
            }
        }
        return built;
    }

    /** Everything generated once from the knowledge; the JSON of the fixed resources is kept ready. */
    private record Artefacts(String capabilities, String questionnaire, Map<String, String> codeSystems,
                             ResponseAnswers reader, NextQuestionOperation nextQuestion,
                             RiskAssessments riskAssessments, DiaryBundle diary) {
        static Artefacts build(Assessor assessor, FhirRuntime runtime, Clock clock) {
            KnowledgeBase k = assessor.knowledge();
            CodeSystems systems = new CodeSystems(k);
            QuestionnaireFactory questions = new QuestionnaireFactory(k);
            ResponseAnswers reader = new ResponseAnswers(k);
            RiskAssessments risks = new RiskAssessments(k);
            Map<String, String> json = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, CodeSystem> e : systems.byId().entrySet()) {
                json.put(e.getKey(), runtime.encode(e.getValue()));
            }
            return new Artefacts(runtime.encode(Capabilities.of(k.policyVersion(), systems.byId(), Date.from(clock.instant()))),
                    runtime.encode(questions.full()), java.util.Collections.unmodifiableMap(json), reader,
                    new NextQuestionOperation(assessor, reader, questions), risks,
                    new DiaryBundle(k, BodySites.builtIn(k), risks));
        }
    }
}
