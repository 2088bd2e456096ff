package nl.entree.intake.stats;

import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.disclosure.Disclosure;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.web.QueryParams;

@Path("/api/contacts/stats")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private static final int MAX_MONTHS = 120;

    private final StatsService stats;
    private final Disclosure disclosure;
    private final Caller caller;

    public StatsResource(StatsService stats, Disclosure disclosure, Caller caller) {
        this.stats = stats;
        this.disclosure = disclosure;
        this.caller = caller;
    }

    @GET
    @Path("/monthly")
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY})
    @Operation(summary = "Contacts per month × channel × acute; for ministries counts below 10 are suppressed")
    @APIResponse(responseCode = "200", description = "The counts with each month's margins",
            content = @Content(schema = @Schema(implementation = MonthlyContactCounts.class)))
    @APIResponse(responseCode = "400", description = "from or to missing or invalid, or for a ministry a month "
            + "not yet completed; the parameter is named")
    @APIResponse(responseCode = "403", description = "Not a coordinator or ministry")
    public MonthlyContactCounts monthly(
            @Parameter(description = "First month, YYYY-MM", required = true) @QueryParam("from") String from,
            @Parameter(description = "Last month, YYYY-MM, at most 120 months after from", required = true)
            @QueryParam("to") String to) {
        YearMonth[] period = period(from, to);
        disclosure.requireCompletedMonth("to", period[1]);
        return stats.monthly(period[0], period[1], disclosure.suppressSmallCounts(), caller.regionWithin(null));
    }

    @GET
    @Path("/prompts")
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY})
    @Operation(summary = "Contacts per month by what prompted them, with the share prompted by the media; for "
            + "ministries counts below 10 are suppressed")
    @APIResponse(responseCode = "200", description = "Each month's parts and total",
            content = @Content(schema = @Schema(implementation = MonthlyPromptCounts.class)))
    @APIResponse(responseCode = "400", description = "from or to missing or invalid, or for a ministry a month "
            + "not yet completed; the parameter is named")
    @APIResponse(responseCode = "403", description = "Not a coordinator or ministry")
    public MonthlyPromptCounts prompts(
            @Parameter(description = "First month, YYYY-MM", required = true) @QueryParam("from") String from,
            @Parameter(description = "Last month, YYYY-MM, at most 120 months after from", required = true)
            @QueryParam("to") String to) {
        YearMonth[] period = period(from, to);
        disclosure.requireCompletedMonth("to", period[1]);
        return stats.prompts(period[0], period[1], disclosure.suppressSmallCounts(), caller.regionWithin(null));
    }

    private static YearMonth[] period(String from, String to) {
        YearMonth first = QueryParams.requiredMonth("from", from);
        YearMonth last = QueryParams.requiredMonth("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (first.plusMonths(MAX_MONTHS - 1L).isBefore(last)) {
            throw ProblemException.badRequest("to", "must be at most " + MAX_MONTHS + " months after from");
        }
        return new YearMonth[] {first, last};
    }
}
