package nl.entree.triage.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.security.Roles;
import nl.entree.common.web.QueryParams;

@Path("/api/cases/routing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class RoutingResource {

    private final RoutingFeed feed;

    public RoutingResource(RoutingFeed feed) {
        this.feed = feed;
    }

    @GET
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "For intake-service: the cases whose lead or supporting organisations changed, in order",
            description = "Ordered by (routingChangedAt, caseId); a page starts after the pair it is given. Ids, "
                    + "organisations, priority and respondBy only. A new case counts as changed when it is made.")
    @APIResponse(responseCode = "200", description = "One page of changes; next is null on the last page for now")
    @APIResponse(responseCode = "400", description = "after, afterId or limit is not valid, or afterId without after")
    @APIResponse(responseCode = "403", description = "The service token is not intake-service's")
    public Response changes(
            @Parameter(description = "The routingChangedAt of the last change seen; none: from the first case")
            @QueryParam("after") String after,
            @Parameter(description = "The caseId of the last change seen; none: every case changed after after")
            @QueryParam("afterId") String afterId,
            @Parameter(description = "At most this many changes, 1 to 500 (default 500)")
            @QueryParam("limit") String limit) {
        RoutingChanges changes = feed.after(QueryParams.optionalInstant("after", after),
                QueryParams.optionalUuid("afterId", afterId), QueryParams.intInRange("limit", limit, 500, 1, 500));
        return Response.ok(changes).header("Cache-Control", "no-store").build();
    }
}
