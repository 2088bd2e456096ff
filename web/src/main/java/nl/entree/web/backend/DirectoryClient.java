package nl.entree.web.backend;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

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
    Map<String, Object> where(@QueryParam("organisation") String organisation, @QueryParam("region") String region);

    @GET
    @Path("/api/directory/search")
    @Timeout(5000)
    List<Map<String, Object>> search(@QueryParam("region") String region, @QueryParam("need") String need,
            @QueryParam("openNow") Boolean openNow, @QueryParam("channel") String channel);

    @GET
    @Path("/service_at_locations/{id}")
    @Timeout(5000)
    Map<String, Object> serviceAtLocation(@PathParam("id") String id);

    @PUT
    @Path("/api/directory/service_at_locations/{id}")
    @Timeout(10000)
    Map<String, Object> correctServiceAtLocation(@PathParam("id") String id, Map<String, Object> record);
}
