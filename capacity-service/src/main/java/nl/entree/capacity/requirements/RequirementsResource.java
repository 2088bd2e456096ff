package nl.entree.capacity.requirements;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.contract.Requirements;
import nl.entree.common.contract.RequirementsRequest;
import nl.entree.common.security.Roles;

@Path("/api/requirements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requirements", description = "Projected cases into hours and FTE, per month and per year")
public class RequirementsResource {

    private final RequirementsService service;

    public RequirementsResource(RequirementsService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SERVICE, Roles.MINISTRY })
    @Operation(summary = "Hours (low/expected/high), FTE needed, FTE available and the gap; lines without norm apart")
    @APIResponse(responseCode = "200", description = "The requirements")
    @APIResponse(responseCode = "400", description = "Invalid lines or region")
    public Requirements requirements(@NotNull RequirementsRequest request) {
        return service.compute(request);
    }
}
