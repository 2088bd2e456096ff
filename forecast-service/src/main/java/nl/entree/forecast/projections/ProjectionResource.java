package nl.entree.forecast.projections;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.disclosure.Disclosure;
import nl.entree.common.problem.Problem;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.web.QueryParams;
import nl.entree.forecast.language.ReaderLanguage;
import nl.entree.forecast.projections.ProjectionApi.ProjectionView;
import nl.entree.forecast.series.PublishedCounts;
import nl.entree.forecast.series.SeriesService;
import nl.entree.forecast.triage.TriageCounts;

@Path("/api/projections")
@Tag(name = "Projections", description = "Contacts, hours and FTE per organisation and year, for ministries")
public class ProjectionResource {

    static final String CSV = "text/csv";
    static final String SVG = "image/svg+xml";

    private final ProjectionService projections;
    private final PublishedCounts published;
    private final Disclosure disclosure;
    private final SeriesService seriesService;
    private final Caller caller;

    public ProjectionResource(ProjectionService projections, PublishedCounts published, Disclosure disclosure,
            SeriesService seriesService, Caller caller) {
        this.projections = projections;
        this.published = published;
        this.disclosure = disclosure;
        this.seriesService = seriesService;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MINISTRY, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Projected contacts with 80% interval, hours and FTE per organisation and year (Accept: text/csv for CSV)")
    @APIResponse(responseCode = "200", description = "the projection; capacity UNAVAILABLE means hours and FTE are null",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectionView.class)),
                    @Content(mediaType = CSV, schema = @Schema(implementation = String.class))})
    @APIResponse(responseCode = "400", description = "bad from, to, scenario or series")
    public ProjectionView projection(
            @Parameter(description = "first month, YYYY-MM", required = true) @QueryParam("from") String from,
            @Parameter(description = "last month, YYYY-MM", required = true) @QueryParam("to") String to,
            @Parameter(description = "scenario name; default baseline") @QueryParam("scenario") String scenario,
            @Parameter(description = "restrict to these monthly series (repeat or comma-separate); default one per organisation x caseType") @QueryParam("series") List<String> series,
            @Parameter(description = "a safety region: its organisation x caseType series instead (coordinators)")
            @QueryParam("region") String region) {
        Window w = window(from, to);
        return projections.read(w.from(), w.to(), scenario, ids(series, region), hidden());
    }

    @GET
    @Produces(CSV)
    @RolesAllowed({Roles.MINISTRY, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "The projection as CSV")
    @APIResponse(responseCode = "200", description = "one row per organisation and year")
    @APIResponse(responseCode = "400", description = "bad from, to, scenario or series")
    public Response projectionCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("scenario") String scenario, @QueryParam("series") List<String> series,
            @QueryParam("region") String region) {
        Window w = window(from, to);
        String body = projections.csv(w.from(), w.to(), scenario, ids(series, region), hidden());
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"projection.csv\"").build();
    }

    @GET
    @Path("/chart.svg")
    @Produces(SVG)
    @RolesAllowed({Roles.MINISTRY, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "A chart per organisation: history, forecast and 80% band, ready for a memo")
    @APIResponse(responseCode = "200", description = "an SVG image", content = @Content(mediaType = SVG))
    @APIResponse(responseCode = "400", description = "bad from, to, scenario, series or lang")
    public Response chart(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("scenario") String scenario, @QueryParam("series") List<String> series,
            @QueryParam("region") String region,
            @Parameter(description = "The chart's language: en (default) or nl") @QueryParam("lang") String lang) {
        boolean dutch = ReaderLanguage.of(lang) == ReaderLanguage.NL;
        Window w = window(from, to);
        String svg = projections.chart(w.from(), w.to(), scenario, ids(series, region), hidden(), dutch);
        return Response.ok(svg, SVG).build();
    }

    private PublishedCounts.Hidden hidden() {
        return published.hiddenFromCaller();
    }

    private record Window(YearMonth from, YearMonth to) {
    }

    /** Both months as common's QueryParams reads them (YYYY, so that every service can reckon with them). */
    private static Window window(String from, String to) {
        List<Problem.Violation> violations = new ArrayList<>();
        YearMonth first = month("from", from, violations);
        YearMonth last = month("to", to, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        return new Window(first, last);
    }

    // Both named at once when both are wrong: a form sends them together.
    private static YearMonth month(String field, String text, List<Problem.Violation> violations) {
        try {
            return QueryParams.requiredMonth(field, text);
        } catch (ProblemException e) {
            violations.addAll(e.problem().violations());
            return null;
        }
    }

    /**
     * The series asked for, or a region's organisation × caseType series. Those are region × organisation counts,
     * which ministries do not get (triage does not publish them to ministries either). A coordinator bound to a
     * region who names neither gets their region's: the national default is not theirs to see (PublishedCounts).
     */
    private List<String> ids(List<String> series, String region) {
        List<String> ids = ids(series);
        Region requested = QueryParams.optionalEnum("region", region, Region.class);
        if (requested != null && !ids.isEmpty()) {
            throw ProblemException.badRequest("region", "give series or region, not both");
        }
        if (!ids.isEmpty()) {
            return ids;
        }
        Region r = caller.regionWithin(requested);
        if (r == null) {
            return ids;
        }
        if (disclosure.suppressSmallCounts()) {
            throw ProblemException.forbidden("Projections per region and organisation are for coordinators; "
                    + "ministries get the regions' totals (GET /api/publications/{year}).");
        }
        List<String> cells = seriesService.all().stream()
                .filter(s -> TriageCounts.isCellSeries(s.id) && s.region == r).map(s -> s.id).sorted().toList();
        if (cells.isEmpty()) {
            throw ProblemException.unprocessable("No counts per organisation for region " + r + " yet.");
        }
        return cells;
    }

    private static List<String> ids(List<String> series) {
        List<String> ids = new ArrayList<>();
        if (series != null) {
            for (String s : series) {
                Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).forEach(ids::add);
            }
        }
        return ids;
    }
}
