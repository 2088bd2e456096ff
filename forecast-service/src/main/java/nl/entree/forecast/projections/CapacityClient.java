package nl.entree.forecast.projections;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import nl.entree.common.contract.Requirements;
import nl.entree.common.contract.RequirementsRequest;
import nl.entree.common.security.ServiceTokenHeaders;

/**
 * capacity-service, called as role {@code service}: turns projected cases into hours and FTE.
 *
 * <p>web waits 10 s (its read timeout) for a projection, CSV or publication, and answers 503 after that; without
 * hours the projection still stands. So capacity gets 2.5 s, and only a connection that failed (2 s connect
 * timeout) is tried again: a hang costs 2.5 s, a refused connection at most 4.3 s, both inside web's 10 s with
 * time left for the fits.
 */
@RegisterRestClient(configKey = "capacity")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api/requirements")
public interface CapacityClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(2_500)
    @Retry(maxRetries = 1, delay = 300, abortOn = { WebApplicationException.class, TimeoutException.class })
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000,
            skipOn = WebApplicationException.class)
    Requirements requirements(RequirementsRequest request);
}
