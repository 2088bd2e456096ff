package nl.entree.help.pages;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

import nl.entree.help.backend.IntakeClient;
import nl.entree.help.backend.IntakeProblems;
import nl.entree.help.backend.IntakeProblemType;
import nl.entree.help.backend.PickedUp;
import nl.entree.help.backend.PickupCode;
import nl.entree.help.backend.QuestionReceipt;
import nl.entree.help.backend.QuestionToAsk;
import nl.entree.help.finder.Answers;
import nl.entree.help.limits.RateLimits;

/**
 * An anonymous question to a professional, and its answer read back with a pickup code. The finder's answers route the
 * question; the question itself goes to intake and nowhere else: not into a log line, a URL or a cookie.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class QuestionPages {

    private static final Logger LOG = Logger.getLogger(QuestionPages.class);
    static final int MAX_LENGTH = 2000;
    /** The form's own key, drawn into it once; sent again (a double click, a retry), it stores nothing twice. */
    private static final Pattern FORM_KEY = Pattern.compile("[0-9a-f-]{36}");
    /** Where a pickup is sent; the page that says to wait has its own address under it. */
    private static final String PICKUP = "/antwoord";

    /** Why a question was not sent, named in the page so that the visitor knows what to change or wait for. */
    enum Problem { EMPTY, TOO_LONG, PLAIN_TEXT, NOT_SENT, SENT_BEFORE, UNAVAILABLE, TOO_MANY }

    private final IntakeClient intake;
    private final IntakeProblems problems;
    private final RateLimits limits;
    private final Page page;
    private final Template ask;
    private final Template code;
    private final Template pickup;
    private final Template answer;
    private final Template tooMany;

    public QuestionPages(@RestClient IntakeClient intake, IntakeProblems problems, RateLimits limits, Page page,
            @Location("ask.html") Template ask, @Location("code.html") Template code,
            @Location("pickup.html") Template pickup, @Location("answer.html") Template answer,
            @Location("too-many.html") Template tooMany) {
        this.intake = intake;
        this.problems = problems;
        this.limits = limits;
        this.page = page;
        this.ask = ask;
        this.code = code;
        this.pickup = pickup;
        this.answer = answer;
        this.tooMany = tooMany;
    }

    /** Reloading the address shows the start, never an error. */
    @GET
    @Path("vraag")
    public Response askWithoutAnswers(@QueryParam("lang") String lang) {
        return Page.toStart(lang);
    }

    /**
     * Without {@code send}: the form. With it: the question is sent. {@code website} is a honeypot, hidden from people
     * and their assistive technology; only a script fills it in.
     */
    @POST
    @Path("vraag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@Context HttpServerRequest request, @RestForm String lang, @RestForm String send,
            @RestForm String question, @RestForm String website, @RestForm String danger, @RestForm String who,
            @RestForm List<String> what, @RestForm String setting, @RestForm String when, @RestForm String age,
            @RestForm String region, @RestForm String form) {
        Answers answers = Answers.read(danger, who, what, setting, when, age, region);
        if (answers.who() == null || answers.what().isEmpty()) {
            return askWithoutAnswers(lang);
        }
        // A browser sends each line break as CRLF but counts it as one character against maxlength, as intake should.
        String text = question == null ? "" : question.strip().replace("\r\n", "\n");
        String key = form != null && FORM_KEY.matcher(form).matches() ? form : UUID.randomUUID().toString();
        if (send == null) {
            return form(answers, "", null, lang, key);
        }
        if (website != null && !website.isEmpty()) {
            return form(answers, text, Problem.NOT_SENT, lang, key);
        }
        if (text.isEmpty()) {
            return form(answers, text, Problem.EMPTY, lang, key);
        }
        // In UTF-16 units, as intake's @Size and the browser's maxlength count: an emoji is two.
        if (text.length() > MAX_LENGTH) {
            return form(answers, text, Problem.TOO_LONG, lang, key);
        }
        String client = client(request);
        Optional<Duration> wait = limits.admit(RateLimits.Kind.QUESTION, client);
        if (wait.isPresent()) {
            // The form again rather than a page of its own: the question is often a story, told once already.
            return form(answers, text, Problem.TOO_MANY, lang, key, wait.get());
        }
        try {
            QuestionReceipt receipt = intake.ask(key, new QuestionToAsk(text, answers.who(), answers.what(),
                    answers.setting(), answers.when(), answers.age(), answers.knownRegion(),
                    Boolean.TRUE.equals(answers.danger())));
            return Response.ok(page.of(code, lang).data("code", receipt.pickupCode())).build();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                Problem refused = refusal(e);
                if (refused != Problem.NOT_SENT) {
                    // intake refused the text itself and stored nothing: counted, a few tries at rewording it would
                    // lock the person out with their story unsent.
                    limits.giveBack(RateLimits.Kind.QUESTION, client);
                }
                return form(answers, text, refused, lang, key);
            }
            if (e.getResponse().getStatus() == 409) {
                // The form was sent minutes ago, so this is likely someone else at the same device going Back: the
                // page shows neither the question nor a code, and a new form asks anew.
                return form(answers, "", Problem.SENT_BEFORE, lang, UUID.randomUUID().toString());
            }
            logUnavailable(e);
        } catch (ProcessingException | FaultToleranceException e) {
            logUnavailable(e);
        }
        limits.giveBack(RateLimits.Kind.QUESTION, client);
        return form(answers, text, Problem.UNAVAILABLE, lang, key);
    }

    /**
     * Where the language switch of a page that said to wait for a question led, before that wait became the form
     * itself. Nothing links here now; a tab or bookmark left open on it still gets the start, as it did once the wait
     * was over: the finder's answers and the text lived only in the form.
     */
    @GET
    @Path("vraag/wachten")
    public Response askWait(@QueryParam("lang") String lang) {
        return Page.toStart(lang);
    }

    /**
     * The page that says to wait for a pickup, again: the language switch on it comes here, and so does its reload.
     * Once the wait is over, the form for the code.
     */
    @GET
    @Path("antwoord/wachten")
    public Response pickupWait(@Context HttpServerRequest request, @QueryParam("lang") String lang) {
        return limits.waiting(RateLimits.Kind.PICKUP, client(request))
                .map(wait -> tooMany(wait, lang)).orElseGet(() -> Page.to(PICKUP, lang));
    }

    @GET
    @Path("antwoord")
    public TemplateInstance pickupForm(@QueryParam("lang") String lang) {
        return page.of(pickup, lang).data("problem", null);
    }

    @POST
    @Path("antwoord")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pickUp(@Context HttpServerRequest request, @RestForm String lang, @RestForm String code) {
        if (!wellFormed(code)) {
            return codeRefused(lang);
        }
        String client = client(request);
        Optional<Duration> wait = limits.admit(RateLimits.Kind.PICKUP, client);
        if (wait.isPresent()) {
            return tooMany(wait.get(), lang);
        }
        try {
            PickedUp found = intake.pickUp(new PickupCode(code));
            String erasedOn = found.erasedOn() == null ? null : found.erasedOn()
                    .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(Page.language(lang))));
            return Response.ok(page.of(answer, lang).data("found", found).data("erasedOn", erasedOn)).build();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Response.status(Response.Status.NOT_FOUND)
                        .entity(page.of(pickup, lang).data("problem", "NOT_FOUND")).build();
            }
            if (e.getResponse().getStatus() == 400) {
                // A code intake reads as empty or too long, though help did not: the person types it again, nothing
                // is down, and nothing was looked up, so nothing counts. The log names help's check out of step.
                LOG.warn("intake-service refused a pickup code that help took for well-formed");
                limits.giveBack(RateLimits.Kind.PICKUP, client);
                return codeRefused(lang);
            }
            if (unreadable(e)) {
                // Not "try again later": the right code found a question that will never be readable again.
                return Response.status(Response.Status.INTERNAL_SERVER_ERROR)
                        .entity(page.of(pickup, lang).data("problem", "UNREADABLE")).build();
            }
            logUnavailable(e);
        } catch (ProcessingException | FaultToleranceException e) {
            logUnavailable(e);
        }
        limits.giveBack(RateLimits.Kind.PICKUP, client);
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                .entity(page.of(pickup, lang).data("problem", "UNAVAILABLE")).build();
    }

    /**
     * At least as strict as intake's {@code @NotBlank} and {@code @Size}, so that a code intake refuses is never sent:
     * {@code trim()}, what {@code @NotBlank} checks, also drops control characters, which {@code isBlank()} keeps;
     * {@code isBlank()} also drops Unicode spaces, which {@code trim()} keeps.
     */
    private static boolean wellFormed(String code) {
        return code != null && !code.isBlank() && !code.trim().isEmpty() && code.length() <= 100;
    }

    /** The form again with the error on the code's field: it is for the person to type again, never to wait. */
    private Response codeRefused(String lang) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page.of(pickup, lang).data("problem", "EMPTY"))
                .build();
    }

    private Response form(Answers answers, String text, Problem problem, String lang, String key) {
        return form(answers, text, problem, lang, key, null);
    }

    /**
     * The form with what was typed and the same key, so that sending it again stores the question once. {@code wait}:
     * how long a client the limits refused has to wait, said in the page and in {@code Retry-After}.
     */
    private Response form(Answers answers, String text, Problem problem, String lang, String key, Duration wait) {
        Response.Status status = problem == null ? Response.Status.OK
                : problem == Problem.UNAVAILABLE ? Response.Status.SERVICE_UNAVAILABLE
                : problem == Problem.TOO_MANY ? Response.Status.TOO_MANY_REQUESTS
                : problem == Problem.SENT_BEFORE ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
        TemplateInstance instance = page.of(ask, lang).data("answers", answers).data("question", text)
                .data("problem", problem == null ? null : problem.name()).data("max", MAX_LENGTH).data("form", key)
                .data("minutes", wait == null ? null : minutes(wait));
        Response.ResponseBuilder response = Response.status(status).entity(instance);
        if (wait != null) {
            response.header("Retry-After", wait.toSeconds());
        }
        return problem == Problem.UNAVAILABLE ? response.header("Retry-After", "30").build() : response.build();
    }

    /** intake found the question, but no key of its opens the question or its answer (docs/intake.md). */
    private boolean unreadable(WebApplicationException e) {
        return e.getResponse().getStatus() == 500
                && problems.type(e).filter(IntakeProblemType.QUESTION_UNREADABLE::equals).isPresent();
    }

    /**
     * intake names why in the problem's type, never to be read from its English. Only a reason the person can act on
     * is shown as such; anything else (an answer of the finder's refused, a body that cannot be read) is "not sent",
     * never a reason that is not true.
     */
    private Problem refusal(WebApplicationException e) {
        var answer = problems.read(e);
        if (answer.isEmpty()) {
            LOG.warn("intake-service refused a question with a body that is no problem+json");
            return Problem.NOT_SENT;
        }
        return answer.flatMap(IntakeProblemType::of).map(reason -> switch (reason) {
            case QUESTION_EMPTY -> Problem.EMPTY;
            case QUESTION_TOO_LONG -> Problem.TOO_LONG;
            case QUESTION_HAS_LINK, QUESTION_HAS_MARKUP -> Problem.PLAIN_TEXT;
            case QUESTION_UNREADABLE -> Problem.NOT_SENT;
        }).orElse(Problem.NOT_SENT);
    }

    /**
     * The address the limits count, as Quarkus took it from the trusted proxy's {@code X-Forwarded-For}. An IPv6
     * address written in brackets there has no host address, only a host: without it every such client would be the
     * one client "null", and share a single limit.
     */
    private static String client(HttpServerRequest request) {
        String address = request.remoteAddress().hostAddress();
        return address != null ? address : request.remoteAddress().host();
    }

    /** A pickup refused: a code is four words, quickly typed again, so a page of its own that says to wait. */
    private Response tooMany(Duration wait, String lang) {
        return Response.status(Response.Status.TOO_MANY_REQUESTS).header("Retry-After", wait.toSeconds())
                .entity(page.of(tooMany, lang).data("minutes", minutes(wait))).build();
    }

    /** Whole minutes, rounded up: a wait of a few seconds is still "1 minute", never "0". */
    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** Only the kind of failure: a question never reaches a log line. */
    private static void logUnavailable(RuntimeException e) {
        LOG.warnf("intake-service did not answer: %s", Page.failure(e));
    }
}
