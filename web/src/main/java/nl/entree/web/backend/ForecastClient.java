package nl.entree.web.backend;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "forecast")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api")
public interface ForecastClient {

    @GET
    @Path("/hierarchy")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(20000)
    Hierarchy hierarchy(@QueryParam("horizon") int horizon);

    @GET
    @Path("/regions/monthly")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(5000)
    RegionMonths regionMonths(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/alerts")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(5000)
    PeakAlerts alerts(@QueryParam("month") String month);

    @GET
    @Path("/publications/{year}")
    @Produces(MediaType.TEXT_HTML)
    @Timeout(20000)
    String publicationHtml(@PathParam("year") int year, @QueryParam("lang") String lang);

    @GET
    @Path("/publications/{year}")
    @Produces("text/csv")
    @Timeout(20000)
    String publicationCsv(@PathParam("year") int year);

    @GET
    @Path("/scenarios")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(5000)
    List<Scenario> scenarios();

    @GET
    @Path("/projections")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(20000)
    Projection projection(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("scenario") String scenario, @QueryParam("region") String region);

    @GET
    @Path("/projections")
    @Produces("text/csv")
    @Timeout(20000)
    String projectionCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("scenario") String scenario, @QueryParam("region") String region);

    @GET
    @Path("/projections/chart.svg")
    @Produces("image/svg+xml")
    @Timeout(20000)
    String chart(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("scenario") String scenario,
            @QueryParam("region") String region, @QueryParam("lang") String lang);
}
