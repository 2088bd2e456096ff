package nl.entree.help.backend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import nl.entree.common.security.ServiceTokenHeaders;

/** intake-service's two endpoints open to the front door: ask a question, and pick up its answer by code. */
@RegisterRestClient(configKey = "intake")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface IntakeClient {

    /**
     * {@code formKey} is the form's own key: the same form sent again stores nothing twice; within intake's two minutes
     * it answers with a second code for the question it stored, the first still working, later with 409. Still not
     * retried here: a retry is the person's, with the page they see.
     */
    @POST
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    QuestionReceipt ask(@HeaderParam("Idempotency-Key") String formKey, QuestionToAsk question);

    /** Takes a fixed time at intake (0.4 s), whatever the code; the timeout leaves room for that. */
    @POST
    @Path("/pickup")
    @Timeout(4000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    PickedUp pickUp(PickupCode code);
}
