package nl.entree.help.backend;

import jakarta.ws.rs.Consumes;
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
import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.TriageDecision;

/** triage-service's evaluate, the one triage endpoint open to the front door: the professionals' own rules. */
@RegisterRestClient(configKey = "triage")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api/triage/evaluate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TriageClient {

    @POST
    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    TriageDecision evaluate(Assessment assessment);
}
