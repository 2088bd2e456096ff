package nl.entree.capacity.triage;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import nl.entree.common.security.CallerTokenHeaders;

/**
 * triage-service, called with the caller's token. A configuration key of its own keeps its connection pool and
 * metrics apart from the service-token client's.
 * An HTTP answer (404 included) is not retried and does not count against the circuit: only an unreachable or
 * slow triage does.
 */
@RegisterRestClient(configKey = "triage-cases")
@RegisterClientHeaders(CallerTokenHeaders.class)
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
public interface TriageCaseClient {

    /** Who is involved in the case now; triage audits it as an access check, not as a read of the case. */
    @GET
    @Path("/{id}/parties")
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    TriageCase find(@PathParam("id") UUID id);
}
