package nl.entree.forecast.series;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.web.QueryParams;
import nl.entree.forecast.forecasting.ForecastApi.AnomaliesView;
import nl.entree.forecast.forecasting.ForecastService;
import nl.entree.forecast.series.SeriesApi.ImportResult;
import nl.entree.forecast.series.SeriesApi.NewSeries;
import nl.entree.forecast.series.SeriesApi.ObservationsIn;
import nl.entree.forecast.series.SeriesApi.SeriesDetail;
import nl.entree.forecast.series.SeriesApi.SeriesView;

@Path("/api/series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Series", description = "Counts per month, half year or year; gaps stay gaps")
public class SeriesResource {

    static final String CSV = "text/csv";
    /** Counts written by hand reach the national figures and every region's forecasts. */
    private static final String WRITTEN_NATIONALLY = "Series are written by national coordinators";

    private final SeriesService series;
    private final ForecastService forecasts;
    private final PublishedCounts published;
    private final Caller caller;

    public SeriesResource(SeriesService series, ForecastService forecasts, PublishedCounts published,
            Caller caller) {
        this.series = series;
        this.forecasts = forecasts;
        this.published = published;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN})
    @Operation(summary = "List the series, with their first and last period and the number of gaps")
    @APIResponse(responseCode = "200", description = "the series")
    public List<SeriesView> list() {
        PublishedCounts.Hidden hidden = published.hiddenFromCaller();
        return series.list(hidden).stream().filter(s -> !hidden.withholds(s.id(), s.region())).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN})
    @Operation(summary = "One series with its observations (ministries: counts below 10 suppressed, and the "
            + "counts that would give them away)")
    @APIResponse(responseCode = "200", description = "the series")
    @APIResponse(responseCode = "404", description = "no such series, or one not for the caller (a region × "
            + "caseType series for a ministry, any but their region's for a coordinator bound to a region)")
    public SeriesDetail get(@PathParam("id") String id) {
        return series.read(id, published.hiddenFromCaller())
                .orElseThrow(() -> ProblemException.notFound("Series " + id));
    }

    @GET
    @Path("/{id}/anomalies")
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN})
    @Operation(summary = "The periods far above expectation, each with the event that covers it, if any")
    @APIResponse(responseCode = "200", description = "the anomalies, oldest first")
    @APIResponse(responseCode = "400", description = "bad threshold")
    @APIResponse(responseCode = "404", description = "no such series, or one not for the caller")
    public AnomaliesView anomalies(@PathParam("id") String id,
            @Parameter(description = "robust z-score above which a period is flagged (default 3.5)")
            @QueryParam("threshold") String threshold) {
        return forecasts.anomalies(id, QueryParams.optionalDouble("threshold", threshold),
                published.hiddenFromCaller());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Create a series (its observations come by import)")
    @APIResponse(responseCode = "201", description = "created; Location names the series")
    @APIResponse(responseCode = "400", description = "invalid series")
    @APIResponse(responseCode = "409", description = "the id is taken")
    @APIResponse(responseCode = "403", description = "a coordinator bound to one region: this acts on every region")
    public Response create(@Valid @NotNull NewSeries request) {
        caller.requireNational(WRITTEN_NATIONALLY);
        SeriesEntity created = series.create(request);
        return Response.created(URI.create("/api/series/" + created.id))
                .entity(series.detail(created.id, PublishedCounts.Hidden.NOTHING).orElseThrow().series()).build();
    }

    @POST
    @Path("/{id}/observations")
    @Consumes(CSV)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Import observations as CSV (period,count; an empty count is a gap); all rows or none")
    @APIResponse(responseCode = "200", description = "imported; existing periods are overwritten")
    @APIResponse(responseCode = "400", description = "bad rows, each named by its line number; nothing was imported")
    @APIResponse(responseCode = "404", description = "no such series")
    @APIResponse(responseCode = "403", description = "a coordinator bound to one region: this acts on every region")
    public ImportResult importCsv(@PathParam("id") String id, String body) {
        caller.requireNational(WRITTEN_NATIONALLY);
        return series.importCsv(id, body);
    }

    @POST
    @Path("/{id}/observations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Import observations as JSON; all or none")
    @APIResponse(responseCode = "200", description = "imported; existing periods are overwritten")
    @APIResponse(responseCode = "400", description = "bad observations, each named; nothing was imported")
    @APIResponse(responseCode = "404", description = "no such series")
    @APIResponse(responseCode = "403", description = "a coordinator bound to one region: this acts on every region")
    public ImportResult importJson(@PathParam("id") String id, @Valid @NotNull ObservationsIn request) {
        caller.requireNational(WRITTEN_NATIONALLY);
        return series.importJson(id, request);
    }

    @POST
    @Path("/import")
    @Consumes(CSV)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Import a file of series,period,count rows into existing series; all rows or none")
    @APIResponse(responseCode = "200", description = "imported; existing periods are overwritten")
    @APIResponse(responseCode = "400", description = "bad rows, each named by its line number; nothing was imported")
    @APIResponse(responseCode = "403", description = "a coordinator bound to one region: this acts on every region")
    public ImportResult importFile(String body) {
        caller.requireNational(WRITTEN_NATIONALLY);
        return series.importFile(body);
    }
}
