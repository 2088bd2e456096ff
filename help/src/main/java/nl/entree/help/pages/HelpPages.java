package nl.entree.help.pages;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import nl.entree.common.vocabulary.Municipalities;
import nl.entree.common.web.QueryParams;
import nl.entree.help.finder.Advice;
import nl.entree.help.finder.Answers;
import nl.entree.help.finder.HelpFinder;
import nl.entree.help.finder.Question;

/**
 * The help finder's pages. Every step is a POST that carries all answers so far in hidden fields, so that nothing is
 * kept between requests and nothing lands in a URL, a cookie or a log.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HelpPages {

    private static final Logger LOG = Logger.getLogger(HelpPages.class);
    /** The page to show again instead of moving on: a question, the advice, or the page that says to call 112. */
    private static final String ADVICE = "ADVICE";
    private static final String CALL_112 = "CALL_112";

    private final HelpFinder finder;
    private final Page page;
    private final Template start;
    private final Template question;
    private final Template danger;
    private final Template advice;
    private final Template safeBrowsing;
    private final Template unavailable;

    public HelpPages(HelpFinder finder, Page page, @Location("start.html") Template start,
            @Location("question.html") Template question, @Location("danger.html") Template danger,
            @Location("advice.html") Template advice, @Location("safe-browsing.html") Template safeBrowsing,
            @Location("unavailable.html") Template unavailable) {
        this.finder = finder;
        this.page = page;
        this.start = start;
        this.question = question;
        this.danger = danger;
        this.advice = advice;
        this.safeBrowsing = safeBrowsing;
        this.unavailable = unavailable;
    }

    @GET
    public TemplateInstance start(@QueryParam("lang") String lang) {
        return page.of(start, lang).data("total", Question.count());
    }

    @GET
    @Path("veilig-internetten")
    public TemplateInstance safeBrowsing(@QueryParam("lang") String lang) {
        return page.of(safeBrowsing, lang);
    }

    /** Reloading a step's address shows the start, never an error. */
    @GET
    @Path("vragen")
    public Response questionsWithoutAnswers(@QueryParam("lang") String lang) {
        return Page.toStart(lang);
    }

    @POST
    @Path("vragen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@RestForm String lang, @RestForm String asked, @RestForm String again,
            @RestForm String proceed, @RestForm String danger, @RestForm String who, @RestForm List<String> what,
            @RestForm String setting, @RestForm String when, @RestForm String age, @RestForm String region,
            @RestForm String place) {
        Question current = QueryParams.optionalEnum("asked", asked, Question.class);
        Place typed = current == Question.REGION ? Place.read(place, region) : Place.NONE;
        boolean goingBack = again != null && !again.isBlank() && !again.equals(asked);
        // Going back is no answer to the question left: a town typed that is not on the list must not hold it up. The
        // language switch stays on the question, and says what is wrong with it in the language chosen.
        if (typed.unknown() && !goingBack) {
            return ask(current, Answers.read(danger, who, what, setting, when, age, region), lang, typed);
        }
        Answers answers = Answers.read(danger, who, what, setting, when, age, typed.region(region));
        if (goingBack) {
            return ADVICE.equals(again) ? advise(answers, lang)
                    : CALL_112.equals(again) ? danger(answers, lang)
                    : ask(QueryParams.requiredEnum("again", again, Question.class), answers, lang, null);
        }
        if (current != null && !answers.answered(current)) {
            return ask(current, answers, lang, Place.NONE);
        }
        if (current == Question.DANGER && Boolean.TRUE.equals(answers.danger()) && proceed == null) {
            return danger(answers, lang);
        }
        Question next = current == null ? Question.DANGER : current.next();
        return next == null ? advise(answers, lang) : ask(next, answers, lang, null);
    }

    /** Asks a question; {@code problem} is null when it is asked for the first time, else what was wrong. */
    private Response ask(Question asked, Answers answers, String lang, Place problem) {
        boolean unanswered = problem != null;
        Question previous = asked.ordinal() == 0 ? null : Question.values()[asked.ordinal() - 1];
        TemplateInstance instance = page.of(question, lang).data("q", asked).data("answers", answers)
                .data("kept", answers.fieldsBut(asked)).data("chosen", answers.chosen(asked))
                .data("previous", previous).data("unanswered", unanswered).data("total", Question.count())
                .data("place", problem == null ? Place.NONE : problem).data("municipalities", Municipalities.all());
        return Response.status(unanswered ? Response.Status.BAD_REQUEST : Response.Status.OK).entity(instance).build();
    }

    /** Shown only to someone who said there is danger now; anyone else is asked that question. */
    private Response danger(Answers answers, String lang) {
        if (!Boolean.TRUE.equals(answers.danger())) {
            return ask(Question.DANGER, answers, lang, null);
        }
        return Response.ok(page.of(danger, lang).data("answers", answers)).build();
    }

    private Response advise(Answers answers, String lang) {
        for (Question q : Question.values()) {
            if (!answers.answered(q)) {
                return ask(q, answers, lang, null);
            }
        }
        try {
            Advice found = finder.advise(answers);
            return Response.ok(page.of(advice, lang).data("advice", found).data("answers", answers)).build();
        } catch (ProcessingException | WebApplicationException | FaultToleranceException e) {
            // Only the kind of failure: the answers never reach a log line.
            LOG.warnf("triage-service did not answer: %s", Page.failure(e));
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                    .entity(page.of(unavailable, lang).data("answers", answers)
                            .data("national", finder.nationalLines())).build();
        }
    }
}
