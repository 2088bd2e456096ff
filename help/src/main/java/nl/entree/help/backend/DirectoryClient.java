package nl.entree.help.backend;

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

import nl.entree.common.security.ServiceTokenHeaders;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/** directory-service's two reads open to the front door: where to reach an organisation, and the sociale kaart. */
@RegisterRestClient(configKey = "directory")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api/directory")
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryClient {

    @GET
    @Path("where")
    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    Where where(@QueryParam("organisation") Organisation organisation, @QueryParam("region") Region region);

    @GET
    @Path("search")
    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    List<ReachOption> search(@QueryParam("region") Region region);
}
