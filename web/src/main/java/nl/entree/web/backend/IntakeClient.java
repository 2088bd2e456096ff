package nl.entree.web.backend;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;

@RegisterRestClient(configKey = "intake")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface IntakeClient {

    @POST
    @Timeout(10000)
    IntakeContact register(@HeaderParam("Idempotency-Key") String idempotencyKey, ContactRequest contact);

    /** A contact as the saved-contact screen and the case page (how to reach the person) read it. */
    @GET
    @Path("/{id}")
    @Timeout(5000)
    IntakeContact contact(@PathParam("id") String id);

    /** Contacts per month by what prompted them, in the coordinator's region when the token names one. */
    @GET
    @Path("/stats/prompts")
    @Timeout(5000)
    PromptCounts promptsPerMonth(@QueryParam("from") String from, @QueryParam("to") String to);

    /**
     * The caller's own organisation's contacts with this client code (intake hashes it and audits the search). The
     * code goes in the body: intake refuses it in a URL, where proxy and access logs would keep it.
     */
    @POST
    @Path("/search")
    @Timeout(5000)
    ContactMatches withClientCode(ContactMatches.ByClientCode search);
}
