package nl.entree.triage.referrals;

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
import nl.entree.common.vocabulary.Region;
import nl.entree.common.web.QueryParams;

@Path("/api/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Onward referrals", description = "Help beyond the six organisations, and how long people wait for it")
public class WaitingTimeResource {

    private final ReferralService referrals;

    public WaitingTimeResource(ReferralService referrals) {
        this.referrals = referrals;
    }

    @GET
    @Path("/waiting-times")
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY, Roles.SERVICE})
    @Operation(summary = "Waiting times from asked to started per kind and region: median, 80th percentile, over "
            + "ten weeks, and still waiting",
            description = "from and to (YYYY-MM-DD, inclusive, at most three years apart) bound the day the help "
                    + "started. A coordinator bound to a region sees that region only. For ministries a count "
                    + "below 10 is suppressed, with the figures computed over it.")
    @APIResponse(responseCode = "200", description = "The waiting times")
    @APIResponse(responseCode = "400", description = "A parameter is missing or not valid")
    public ReferralViews.WaitingTimes waitingTimes(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("region") String region) {
        return referrals.waitingTimes(QueryParams.requiredDate("from", from), QueryParams.requiredDate("to", to),
                QueryParams.optionalEnum("region", region, Region.class));
    }
}
