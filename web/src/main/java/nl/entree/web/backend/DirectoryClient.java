package nl.entree.web.backend;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.jboss.resteasy.reactive.RestResponse;

import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.Need;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/**
 * directory-service: how to reach an organisation for a region, and the sociale kaart. The /api/directory reads want
 * a token like every /api endpoint, so they carry the user's; the HSDS reads are public and get it anyway.
 */
@RegisterRestClient(configKey = "directory")
@RegisterClientHeaders(UserTokenHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DirectoryClient {

    @GET
    @Path("/api/directory/where")
    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    Where where(@QueryParam("organisation") Organisation organisation, @QueryParam("region") Region region);

    @GET
    @Path("/api/directory/search")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    List<ReachOption> search(@QueryParam("region") Region region, @QueryParam("need") Need need,
            @QueryParam("openNow") Boolean openNow, @QueryParam("channel") Channel channel);

    @GET
    @Path("/service_at_locations/{id}")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    /** The record with its ETag, the version a correction of it names in If-Match. */
    RestResponse<ServiceAtLocation> serviceAtLocation(@PathParam("id") String id);

    @PUT
    @Path("/api/directory/service_at_locations/{id}")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    ServiceAtLocation correctServiceAtLocation(@PathParam("id") String id, @HeaderParam("If-Match") String basedOn,
            ServiceAtLocation record);

    /** One page of every service, whatever its status; {@code perPage} at most 500. */
    @GET
    @Path("/services")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    HsdsPage<HsdsService> services(@QueryParam("page") int page, @QueryParam("per_page") int perPage);

    @GET
    @Path("/organizations")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    HsdsPage<HsdsService.Organization> organizations(@QueryParam("page") int page, @QueryParam("per_page") int perPage);

    @GET
    @Path("/services/{id}")
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    /** The service with its ETag, the version a correction of it names in If-Match. */
    RestResponse<HsdsService> service(@PathParam("id") String id);

    @PUT
    @Path("/api/directory/services/{id}")
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    HsdsService correctService(@PathParam("id") String id, @HeaderParam("If-Match") String basedOn,
            HsdsService record);

    /** See {@link TriageClient#revokeSession}: the same on directory. */
    @POST
    @Path("/api/session/sign-out")
    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, abortOn = { WebApplicationException.class, TimeoutException.class })
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
            skipOn = WebApplicationException.class)
    void revokeSession(@HeaderParam("Authorization") String authorization);
}
