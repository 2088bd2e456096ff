package nl.entree.capacity.costs;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.web.QueryParams;

@Path("/api/costs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Costs", description = "What an FTE costs per organisation, versioned, with its source; unknown stays "
        + "unknown")
public class CostResource {

    private final CostService costs;
    private final Caller caller;

    public CostResource(CostService costs, Caller caller) {
        this.costs = costs;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN, Roles.SERVICE })
    @Operation(summary = "Every organisation with its cost per FTE on a date (default today), or registered: false")
    @APIResponse(responseCode = "200", description = "One row per organisation")
    @APIResponse(responseCode = "400", description = "The date is not valid")
    public List<CostView> all(@QueryParam("at") String date) {
        LocalDate at = QueryParams.optionalDate("at", date);
        return costs.all(at == null ? costs.today() : at);
    }

    @GET
    @Path("/{org}/history")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN, Roles.SERVICE })
    @Operation(summary = "Every version of one organisation's cost, oldest first")
    @APIResponse(responseCode = "200", description = "The versions; empty when none was ever registered")
    public List<CostView> history(@PathParam("org") Organisation org) {
        return costs.history(org);
    }

    @PUT
    @Path("/{org}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Register a new version of an organisation's cost per FTE; it closes the version in force")
    @APIResponse(responseCode = "200", description = "The new version")
    @APIResponse(responseCode = "400", description = "A missing or invalid field, or a date in the past")
    @APIResponse(responseCode = "403", description = "A token bound to a region (claim region): a cost is national")
    @APIResponse(responseCode = "409", description = "The new version does not start after the one in force")
    public CostView register(@PathParam("org") Organisation org, @NotNull @Valid CostUpdate update) {
        return costs.register(org, update, caller);
    }
}
