package nl.entree.forecast.triage;

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

import io.quarkus.rest.client.reactive.ClientQueryParam;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.security.ServiceTokenHeaders;

/** triage-service, called as role {@code service}. */
@RegisterRestClient(configKey = "triage")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api/cases/stats")
public interface TriageClient {

    @GET
    @Path("/monthly")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 500, jitter = 200, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 60_000,
            skipOn = WebApplicationException.class)
    MonthlyCaseCounts monthly(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/regions")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 500, jitter = 200, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 60_000,
            skipOn = WebApplicationException.class)
    RegionalCaseCounts regions(@QueryParam("from") String from, @QueryParam("to") String to);

    /**
     * Completed months as ministries are shown them: triage freezes a month when it is first shown, so forecast's
     * series, and what it forecasts from them, never differ from triage's published figures by a case.
     */
    @GET
    @Path("/monthly")
    @ClientQueryParam(name = "published", value = "true")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 500, jitter = 200, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 60_000,
            skipOn = WebApplicationException.class)
    MonthlyCaseCounts publishedMonthly(@QueryParam("from") String from, @QueryParam("to") String to);

    /** As {@link #publishedMonthly}, by region. */
    @GET
    @Path("/regions")
    @ClientQueryParam(name = "published", value = "true")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 500, jitter = 200, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 60_000,
            skipOn = WebApplicationException.class)
    RegionalCaseCounts publishedRegions(@QueryParam("from") String from, @QueryParam("to") String to);
}
