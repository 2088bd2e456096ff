package nl.entree.web.backend;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import nl.entree.common.vocabulary.TriageDecision;

@RegisterRestClient(configKey = "triage")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TriageClient {

    @POST
    @Path("/triage/evaluate")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    TriageDecision evaluate(AssessmentRequest assessment);

    /** One page of the cases the caller may see; the case list and the board read it. */
    @GET
    @Path("/cases")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    CaseSummary.Page cases(@QueryParam("status") String status, @QueryParam("priority") String priority,
            @QueryParam("overdue") String overdue, @QueryParam("escalated") String escalated,
            @QueryParam("region") String region, @QueryParam("reference") String reference,
            @QueryParam("contact") List<String> contacts, @QueryParam("sort") String sort,
            @QueryParam("page") int page, @QueryParam("size") int size);

    default CaseSummary.Page cases(CaseQuery q) {
        return cases(q.status(), q.priority(), q.overdue(), q.escalated(), q.region(), q.reference(), q.contacts(),
                q.sort(), q.page(), q.size());
    }

    /** A case with its assessment, decision, milestones and history; the case pages and the board read it. */
    @GET
    @Path("/cases/{id}")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    CaseView caseById(@PathParam("id") String id);

    @POST
    @Path("/cases/{id}/accept")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    void accept(@PathParam("id") String id);

    @POST
    @Path("/cases/{id}/decline")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    void decline(@PathParam("id") String id, CaseRequests.Decline body);

    @POST
    @Path("/cases/{id}/close")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    void close(@PathParam("id") String id, CaseRequests.Close body);

    @POST
    @Path("/cases/{id}/milestones/{code}")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    void recordMilestone(@PathParam("id") String id, @PathParam("code") String code,
            CaseRequests.MilestoneDone body);

    @POST
    @Path("/cases/{id}/milestones/{code}/correction")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    void correctMilestone(@PathParam("id") String id, @PathParam("code") String code,
            CaseRequests.MilestoneCorrection body);

    @POST
    @Path("/cases/{id}/supporters")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    void addSupporter(@PathParam("id") String id, CaseRequests.SupporterChange body);

    @POST
    @Path("/cases/{id}/supporters/{organisation}/remove")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    void removeSupporter(@PathParam("id") String id, @PathParam("organisation") String organisation,
            CaseRequests.Reason body);

    @POST
    @Path("/cases/{id}/supporters/acknowledge")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    void acknowledgeSupport(@PathParam("id") String id);

    @GET
    @Path("/cases/{id}/referrals")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    List<Referral> referrals(@PathParam("id") String id);

    @POST
    @Path("/cases/{id}/referrals")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    void refer(@PathParam("id") String id, CaseRequests.NewReferral body);

    @POST
    @Path("/cases/{id}/referrals/{referral}/progress")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    void referralProgress(@PathParam("id") String id, @PathParam("referral") String referral,
            CaseRequests.ReferralProgress body);

    @GET
    @Path("/cases/stats/linked")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    List<LinkedMonth> linkedPerMonth(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/referrals/waiting-times")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    WaitingTimes waitingTimes(@QueryParam("from") String from, @QueryParam("to") String to);

    @POST
    @Path("/cases/{id}/reassign")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    void reassign(@PathParam("id") String id, Reassignment body);

    @GET
    @Path("/caseloads")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    Caseloads caseloads();

    /** A coordinator bound to a region asks for that region; triage refuses any other. */
    @GET
    @Path("/caseloads/regional-services")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    List<RegionalCaseload> regionalCaseloads(@QueryParam("region") String region);

    @GET
    @Path("/rule-sets/active")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    RuleSet activeRuleSet();

    @POST
    @Path("/rule-sets/{version}/replay")
    @Timeout(15000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    ReplayReport replay(@PathParam("version") int version, @QueryParam("from") String from,
            @QueryParam("to") String to);

    /**
     * Puts the signing-out user's token on triage's denylist ({@code SignOutEverywhere}). The token is passed, not
     * taken from the request, because the five services are told at once from threads that carry no request
     * ({@link UserTokenHeaders} leaves a token given here alone). Retried because revoking is idempotent: the service
     * stores a token's ID once and ignores it after (a retry whose first try got through meets a 401, the token then
     * being refused). Not after a timeout: a service that hung that long would keep the sign-out waiting again.
     */
    @POST
    @Path("/session/sign-out")
    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, abortOn = { WebApplicationException.class, TimeoutException.class })
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
            skipOn = WebApplicationException.class)
    void revokeSession(@HeaderParam("Authorization") String authorization);
}
