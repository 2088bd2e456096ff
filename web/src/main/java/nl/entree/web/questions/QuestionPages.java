package nl.entree.web.questions;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import nl.entree.common.security.Roles;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.backend.QuestionsClient;
import nl.entree.web.backend.QuestionsClient.QuestionView;
import nl.entree.web.backend.ServiceRefusal;
import nl.entree.web.pages.FormText;
import nl.entree.web.pages.Pages;

/**
 * Anonymous questions from the public front door that triage gave to the casemanager's organisation: the list, one
 * question, and its answer. intake decides who may see which question; web only draws it.
 * <p>
 * These pages have nothing to show without intake, so intake being down makes them 503 (the panel says which service),
 * unlike the case page, whose other panels still work. A question intake holds but cannot decrypt is no such passing
 * failure: its page is 200 and says to report it, as the saved-contact page does for contact details.
 */
@Path("/questions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEMANAGER)
class QuestionPages {

    static final int PAGE_SIZE = 50;

    private final QuestionsClient questions;
    private final Pages pages;
    private final Clock clock;
    private final Template list;
    private final Template detail;

    QuestionPages(@RestClient QuestionsClient questions, Pages pages, Clock clock,
            @Location("questions/list.html") Template list, @Location("questions/detail.html") Template detail) {
        this.questions = questions;
        this.pages = pages;
        this.clock = clock;
        this.list = list;
        this.detail = detail;
    }

    @GET
    public Response list(@QueryParam("state") String state, @QueryParam("pagina") String page) {
        Map<String, String> invalid = new LinkedHashMap<>();
        QuestionFilter filter = QuestionFilter.read(state, page, invalid);
        if (!invalid.isEmpty()) {
            return Response.status(400).entity(pages.of(list).data("filter", filter).data("found", null)
                    .data("rejection", new ServiceRefusal(400, null, invalid))).build();
        }
        ServiceAnswer<QuestionListing> found = ServiceAnswer.load("intake", () -> QuestionListing.of(
                questions.list(filter.state(), filter.page() - 1, PAGE_SIZE), filter.page(), PAGE_SIZE,
                clock.instant()));
        return Response.status(found.unavailable() ? 503 : 200)
                .entity(pages.of(list).data("filter", filter).data("found", found).data("rejection", ServiceRefusal.none()))
                .build();
    }

    @GET
    @Path("/{id}")
    public Response question(@PathParam("id") UUID id, @QueryParam("done") String done) {
        ServiceAnswer<QuestionView> question = load(id);
        // A question no key opens is no passing failure: its page says so as a page, not as a service that is down.
        return Response.status(question.ok() || question.questionUnreadable() ? 200 : 503)
                .entity(page(id, question, "answered".equals(done), "", ServiceRefusal.none())).build();
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") UUID id, @RestForm String answer) {
        String typed = FormText.typed(answer);
        try {
            questions.answer(id, new QuestionsClient.Answer(typed));
        } catch (RuntimeException e) {
            ServiceRefusal rejection = ServiceRefusal.of(e);
            if (rejection.status() == 404) {
                throw new NotFoundException();
            }
            if (rejection.questionUnreadable()) {
                // Reading the question again would only meet the same refusal, audited once more.
                return Response.status(200).entity(page(id, new ServiceAnswer<>(null,
                        ServiceAnswer.Failure.QUESTION_UNREADABLE), false, typed, rejection)).build();
            }
            if (rejection.unavailable()) {
                // Asking intake for the question again would only make the casemanager wait twice for the same news.
                return Response.status(503).entity(page(id, new ServiceAnswer<>(null, ServiceAnswer.Failure.UNAVAILABLE), false,
                        typed, rejection)).build();
            }
            // On a 409 the question is drawn again as it is now: with the answer that was first.
            return Response.status(rejection.status() == 409 ? 409 : 400)
                    .entity(page(id, load(id), false, typed, rejection)).build();
        }
        return Pages.redirect("/questions/" + id + "?done=answered").build();
    }

    private ServiceAnswer<QuestionView> load(UUID id) {
        return ServiceAnswer.load("intake", () -> questions.question(id)).requireFound();
    }

    /**
     * The form is drawn for an open question, and also when intake could not take the answer: whatever was typed stays
     * on the page, never lost to a service that is down.
     */
    private TemplateInstance page(UUID id, ServiceAnswer<QuestionView> question, boolean sent, String typed,
            ServiceRefusal rejection) {
        boolean form = question.ok() ? !question.value().answered() : rejection.unavailable();
        return pages.of(detail)
                .data("id", id.toString())
                .data("q", question)
                .data("overdue", question.ok() && question.value().overdueAt(clock.instant()))
                .data("sent", sent)
                .data("form", form)
                .data("typed", typed)
                .data("rejection", rejection);
    }
}
