package nl.entree.web.backend;

import java.util.Map;

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

/**
 * intake-service's contacts as web registers and reads them. Registering is not retried here: the form keeps its
 * idempotency key, so the casemanager's next press of "Contact registreren" is the retry, and they see whether it was
 * saved. Its session endpoint lies beside the contacts, so the paths start at {@code /api}.
 */
@RegisterRestClient(configKey = "intake")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface IntakeClient {

    @POST
    @Path("/contacts")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    IntakeContact register(@HeaderParam("Idempotency-Key") String idempotencyKey, ContactRequest contact);

    /** A contact as the saved-contact screen and the case page (how to reach the person) read it. */
    @GET
    @Path("/contacts/{id}")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    IntakeContact contact(@PathParam("id") String id);

    /** Contacts per month by what prompted them, in the coordinator's region when the token names one. */
    @GET
    @Path("/contacts/stats/prompts")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    PromptCounts promptsPerMonth(@QueryParam("from") String from, @QueryParam("to") String to);

    /**
     * The caller's own organisation's contacts with this client code (intake hashes it and audits the search). The
     * code goes in the body: intake refuses it in a URL, where proxy and access logs would keep it.
     */
    @POST
    @Path("/contacts/search")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    ContactMatches withClientCode(ContactMatches.ByClientCode search);

    /** See {@link TriageClient#revokeSession}: the same on intake. */
    @POST
    @Path("/session/sign-out")
    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, abortOn = { WebApplicationException.class, TimeoutException.class })
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
            skipOn = WebApplicationException.class)
    void revokeSession(@HeaderParam("Authorization") String authorization);
}
