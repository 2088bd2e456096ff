package nl.entree.capacity.costs;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

    @PUT
    @Path("/{org}/versions/{validFrom}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Correct a version in place, with a reason; it keeps its dates, its old values its history")
    @APIResponse(responseCode = "200", description = "The corrected version with its corrections")
    @APIResponse(responseCode = "400", description = "A missing or invalid field, or a missing reason")
    @APIResponse(responseCode = "403", description = "A token bound to a region (claim region): a cost is national")
    @APIResponse(responseCode = "404", description = "No version of this cost starts on validFrom")
    public CostView correct(@PathParam("org") Organisation org, @PathParam("validFrom") String validFrom,
            @NotNull @Valid CostCorrection correction) {
        return costs.correct(org, QueryParams.requiredDate("validFrom", validFrom), correction, caller);
    }

    @DELETE
    @Path("/{org}/versions/{validFrom}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Withdraw a version that has not started yet; the version before it runs on")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "400", description = "A date that is not one")
    @APIResponse(responseCode = "403", description = "A token bound to a region (claim region): a cost is national")
    @APIResponse(responseCode = "404", description = "No version of this cost starts on validFrom")
    @APIResponse(responseCode = "409", description = "The version has started: correct it instead")
    public void withdraw(@PathParam("org") Organisation org, @PathParam("validFrom") String validFrom) {
        costs.withdraw(org, QueryParams.requiredDate("validFrom", validFrom), caller);
    }
}
