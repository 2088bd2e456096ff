package nl.entree.forecast.regions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.security.Roles;
import nl.entree.common.web.QueryParams;
import nl.entree.forecast.series.PublishedCounts;

@Path("/api/regions/monthly")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Series", description = "Monthly counts")
public class RegionMonthsResource {

    private final RegionMonthsService regions;
    private final PublishedCounts published;

    public RegionMonthsResource(RegionMonthsService regions, PublishedCounts published) {
        this.regions = regions;
        this.published = published;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN})
    @Operation(summary = "Every safety region's cases per month, as the region series hold them",
            description = "A month without a count is 0 if triage was pulled for it, else null and not suppressed. "
                    + "Ministries: suppressed as triage's lines. A coordinator bound to a region gets that one.")
    @APIResponse(responseCode = "200", description = "the 25 regions, each month from from to to")
    @APIResponse(responseCode = "400", description = "from or to is missing or not valid")
    public RegionMonths monthly(@QueryParam("from") String from, @QueryParam("to") String to) {
        return regions.months(QueryParams.requiredMonth("from", from), QueryParams.requiredMonth("to", to),
                published.hiddenFromCaller());
    }
}
