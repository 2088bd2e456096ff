package nl.entree.forecast.hierarchy;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.disclosure.Disclosure;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.web.QueryParams;
import nl.entree.forecast.hierarchy.HierarchyApi.HierarchyView;
import nl.entree.forecast.model.Reconciliation;
import nl.entree.forecast.series.PublishedCounts;

@Path("/api/hierarchy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forecasts", description = "Forecasts with intervals and backtests")
public class HierarchyResource {

    private final HierarchyService hierarchy;
    private final PublishedCounts published;
    private final Clock clock;
    private final Caller caller;

    public HierarchyResource(HierarchyService hierarchy, PublishedCounts published, Clock clock, Caller caller) {
        this.hierarchy = hierarchy;
        this.published = published;
        this.clock = clock;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN})
    @Operation(summary = "Forecasts of triage's counts that add up: national = organisations = regions",
            description = "Each of the national total, the organisation x caseType series and the region series "
                    + "is forecast on its own, then reconciled (WLS by default, or OLS).")
    @APIResponse(responseCode = "200", description = "base and reconciled means per series and month")
    @APIResponse(responseCode = "400", description = "last, horizon or method is not valid, or last is after "
            + "the last month pulled from triage")
    @APIResponse(responseCode = "403", description = "a coordinator bound to one region: the hierarchy is national")
    @APIResponse(responseCode = "422", description = "no series has enough months up to last")
    public HierarchyView forecast(
            @Parameter(description = "the last month to start from, YYYY-MM, at most the last month pulled from "
                    + "triage; default the last complete month, or the last pulled when that one is not yet")
            @QueryParam("last") String last,
            @Parameter(description = "months ahead, 1-36; default 12") @QueryParam("horizon") String horizon,
            @Parameter(description = "wls (default) or ols") @QueryParam("method") String method) {
        // Every region's forecast, and national totals from which they could be worked out, as the publication.
        caller.requireNational("The forecast that adds up is national");
        YearMonth asked = last == null ? null : QueryParams.requiredMonth("last", last);
        Reconciliation.Method m;
        try {
            m = method == null ? Reconciliation.Method.WLS
                    : Reconciliation.Method.valueOf(method.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("method", "must be wls or ols");
        }
        return hierarchy.forecast(asked, Disclosure.lastCompletedMonth(clock),
                QueryParams.intInRange("horizon", horizon, 12, 1, 36), m,
                published.hiddenFromCaller());
    }
}
