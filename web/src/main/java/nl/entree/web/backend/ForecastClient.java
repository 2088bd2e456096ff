package nl.entree.web.backend;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/**
 * forecast-service's projections, figures and publications. A call that ran into its 20 s timeout is not tried again:
 * fitting a hierarchy is what took the time, and a second fit would keep the page waiting twice as long.
 */
@RegisterRestClient(configKey = "forecast")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api")
public interface ForecastClient {

    @GET
    @Path("/hierarchy")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(20000)
    @Retry(maxRetries = 1, delay = 100, abortOn = { WebApplicationException.class, TimeoutException.class })
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    Hierarchy hierarchy(@QueryParam("horizon") int horizon);

    @GET
    @Path("/regions/monthly")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    RegionMonths regionMonths(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/alerts")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    PeakAlerts alerts(@QueryParam("month") String month);

    @GET
    @Path("/publications/{year}")
    @Produces(MediaType.TEXT_HTML)
    @Timeout(20000)
    @Retry(maxRetries = 1, delay = 100, abortOn = { WebApplicationException.class, TimeoutException.class })
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    String publicationHtml(@PathParam("year") int year, @QueryParam("lang") String lang);

    @GET
    @Path("/publications/{year}")
    @Produces("text/csv")
    @Timeout(20000)
    @Retry(maxRetries = 1, delay = 100, abortOn = { WebApplicationException.class, TimeoutException.class })
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    String publicationCsv(@PathParam("year") int year);

    @GET
    @Path("/scenarios")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    List<Scenario> scenarios();

    @GET
    @Path("/projections")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(20000)
    @Retry(maxRetries = 1, delay = 100, abortOn = { WebApplicationException.class, TimeoutException.class })
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    Projection projection(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("scenario") String scenario, @QueryParam("region") String region);

    @GET
    @Path("/projections")
    @Produces("text/csv")
    @Timeout(20000)
    @Retry(maxRetries = 1, delay = 100, abortOn = { WebApplicationException.class, TimeoutException.class })
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    String projectionCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("scenario") String scenario, @QueryParam("region") String region);

    @GET
    @Path("/projections/chart.svg")
    @Produces("image/svg+xml")
    @Timeout(20000)
    @Retry(maxRetries = 1, delay = 100, abortOn = { WebApplicationException.class, TimeoutException.class })
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    String chart(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("scenario") String scenario,
            @QueryParam("region") String region, @QueryParam("lang") String lang);

    /** See {@link TriageClient#revokeSession}: the same on forecast. */
    @POST
    @Path("/session/sign-out")
    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, abortOn = { WebApplicationException.class, TimeoutException.class })
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
            skipOn = WebApplicationException.class)
    void revokeSession(@HeaderParam("Authorization") String authorization);
}
