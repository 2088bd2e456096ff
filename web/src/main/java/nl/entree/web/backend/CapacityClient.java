package nl.entree.web.backend;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "capacity")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CapacityClient {

    @GET
    @Path("/norms")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    List<Norm> norms();

    @GET
    @Path("/norms/empirical")
    @Timeout(8000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    EmpiricalNorms empiricalNorms(@jakarta.ws.rs.QueryParam("org") String organisation);

    /** Every row utilisation counts: capacity keeps a coordinator bound to a region to that region's. */
    @GET
    @Path("/staffing/{org}/in-force")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    List<Staffing> staffingInForce(@PathParam("org") String organisation);

    @GET
    @Path("/utilisation")
    @Timeout(8000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    Utilisation utilisation();

    /** One row per organisation, an unknown cost too ({@code registered: false}), so the panel can name it. */
    @GET
    @Path("/costs")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
            skipOn = WebApplicationException.class)
    List<FteCost> costs();

    @GET
    @Path("/costs/{org}/history")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
            skipOn = WebApplicationException.class)
    List<FteCost> costHistory(@PathParam("org") String organisation);

    /** Not retried: a second try of a version that was stored would be refused as not after the one in force. */
    @PUT
    @Path("/costs/{org}")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
            skipOn = WebApplicationException.class)
    FteCost registerCost(@PathParam("org") String organisation, FteCost.Update update);

    @POST
    @Path("/time-entries")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    TimeEntry logTime(@HeaderParam("Idempotency-Key") String formKey, TimeEntryRequests.NewEntry entry);

    @GET
    @Path("/time-entries")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    CaseHours hoursOnCase(@jakarta.ws.rs.QueryParam("caseId") String caseId);

    @GET
    @Path("/time-entries/{id}")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    TimeEntry timeEntry(@PathParam("id") String id);

    @POST
    @Path("/time-entries/{id}/corrections")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    TimeEntry correctTime(@PathParam("id") String id, TimeEntryRequests.Correction correction);

    /** See {@link TriageClient#revokeSession}: the same on capacity. */
    @POST
    @Path("/session/sign-out")
    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, abortOn = { WebApplicationException.class, TimeoutException.class })
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
            skipOn = WebApplicationException.class)
    void revokeSession(@HeaderParam("Authorization") String authorization);
}
