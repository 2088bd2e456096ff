package nl.entree.capacity.lines;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.security.Roles;

@Path("/api/lines/staffing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "24/7 lines", description = "Staffing of phone and chat lines with Erlang C")
public class LineStaffingResource {

    private final LineStaffingService service;

    public LineStaffingResource(LineStaffingService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN, Roles.MINISTRY })
    @Operation(summary = "Agents per hour, weekly seat hours and FTE for a line (Erlang C)")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "400", description = "Invalid parameters")
    public LineStaffing plan(@NotNull @Valid LineStaffingRequest request) {
        return service.plan(request);
    }
}
