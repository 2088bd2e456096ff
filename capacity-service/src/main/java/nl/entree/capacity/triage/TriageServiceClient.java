package nl.entree.capacity.triage;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import nl.entree.common.contract.Caseloads;
import nl.entree.common.contract.ClosedCase;
import nl.entree.common.contract.OpenCase;
import nl.entree.common.security.ServiceTokenHeaders;

/** triage-service, called as role {@code service}: aggregates and case ids, never a person. */
@RegisterRestClient(configKey = "triage")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface TriageServiceClient {

    @GET
    @Path("/caseloads")
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    Caseloads caseloads(@QueryParam("region") String region);

    @GET
    @Path("/cases/open")
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    List<OpenCase> open(@QueryParam("org") String org, @QueryParam("region") String region);

    @GET
    @Path("/cases/closed")
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    List<ClosedCase> closed(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("org") String org, @QueryParam("caseType") String caseType);
}
