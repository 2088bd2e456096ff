package nl.entree.web.backend;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
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
    List<Norm> norms();

    @GET
    @Path("/norms/empirical")
    @Timeout(8000)
    EmpiricalNorms empiricalNorms(@jakarta.ws.rs.QueryParam("org") String organisation);

    @GET
    @Path("/staffing/{org}")
    @Timeout(5000)
    Staffing staffing(@PathParam("org") String organisation);

    @GET
    @Path("/utilisation")
    @Timeout(8000)
    Utilisation utilisation();

    @POST
    @Path("/time-entries")
    @Timeout(10000)
    TimeEntry logTime(TimeEntryRequests.NewEntry entry);

    @GET
    @Path("/time-entries")
    @Timeout(5000)
    CaseHours hoursOnCase(@jakarta.ws.rs.QueryParam("caseId") String caseId);

    @GET
    @Path("/time-entries/{id}")
    @Timeout(5000)
    TimeEntry timeEntry(@PathParam("id") String id);

    @POST
    @Path("/time-entries/{id}/corrections")
    @Timeout(10000)
    TimeEntry correctTime(@PathParam("id") String id, TimeEntryRequests.Correction correction);
}
