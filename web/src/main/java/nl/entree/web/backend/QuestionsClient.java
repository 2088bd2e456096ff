package nl.entree.web.backend;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * intake-service's anonymous questions from the public front door, as the lead organisation's casemanagers list, read
 * and answer them. intake keeps every question to its lead organisation (anything else is 404) and audits each read.
 */
@RegisterRestClient(configKey = "intake")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface QuestionsClient {

    /** One page: open questions most urgent first, answered ones newest answer first; no texts. */
    @GET
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    QuestionPage list(@QueryParam("state") String state, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    QuestionView question(@PathParam("id") UUID id);

    /**
     * Not retried: when the first try's answer is lost on the way back, a second try meets the answer it just stored
     * and would tell the casemanager "answered already" about their own answer.
     */
    @PUT
    @Path("/{id}/answer")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    QuestionView answer(@PathParam("id") UUID id, Answer answer);

    /**
     * A question as its lead organisation sees it; {@code question} and {@code answer} are null in lists. Vocabulary
     * values stay text: a value intake learns before web does is then shown as written instead of failing the page.
     * {@code unreadable}: intake holds the question but no key opens it or its answer; only a list shows it so, since
     * a single read or an answer is a 500 problem ({@link ServiceAnswer.Failure#QUESTION_UNREADABLE}).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record QuestionView(UUID contactId, String reference, Instant askedAt, String callerRole,
            String timeSinceIncident, String region, String leadOrganisation, String priority, Instant respondBy,
            String question, String answer, boolean unreadable, Instant answeredAt, String answeredBy) {

        public boolean answered() {
            return answeredAt != null;
        }

        /** Still waiting for its answer after the moment it should have had one. */
        public boolean overdueAt(Instant now) {
            return !answered() && respondBy != null && respondBy.isBefore(now);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record QuestionPage(List<QuestionView> items, int page, int size, long total) {
    }

    /** {@code PUT …/answer}: the casemanager's answer, final once stored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(String answer) {
    }
}
