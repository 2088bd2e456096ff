package nl.entree.capacity.staffing;

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

import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.web.QueryParams;

@Path("/api/staffing/{org}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staffing", description = "FTE per organisation and region, with contract hours and productive share")
public class StaffingResource {

    private final StaffingService staffing;
    private final Caller caller;

    public StaffingResource(StaffingService staffing, Caller caller) {
        this.staffing = staffing;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN, Roles.MINISTRY, Roles.SERVICE })
    @Operation(summary = "The staffing of an organisation in a region (no region: staff not assigned to one)")
    @APIResponse(responseCode = "200", description = "The staffing, with the assumed values flagged")
    @APIResponse(responseCode = "400", description = "Invalid region")
    @APIResponse(responseCode = "404", description = "No staffing registered")
    public StaffingView get(@PathParam("org") Organisation org, @QueryParam("region") String region) {
        Region parsed = QueryParams.optionalEnum("region", region, Region.class);
        return staffing.find(org, parsed).orElseThrow(() -> ProblemException.notFound("Staffing"));
    }

    @GET
    @Path("/in-force")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN, Roles.MINISTRY, Roles.SERVICE })
    @Operation(summary = "Every staffing row in force: the region's, or without one every region's and the unassigned")
    @APIResponse(responseCode = "200", description = "The rows (empty when none is registered)")
    @APIResponse(responseCode = "400", description = "Invalid region")
    @APIResponse(responseCode = "403", description = "A coordinator bound to a region asking for another")
    public List<StaffingView> inForce(@PathParam("org") Organisation org, @QueryParam("region") String region) {
        // What utilisation sets the open cases against, so a screen can show the staff those figures count.
        return staffing.rows(org, caller.regionWithin(QueryParams.optionalEnum("region", region, Region.class)));
    }

    @GET
    @Path("/history")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN, Roles.MINISTRY, Roles.SERVICE })
    @Operation(summary = "Every version of the staffing of an organisation in a region, oldest first")
    @APIResponse(responseCode = "200", description = "The versions (empty when none was ever registered)")
    @APIResponse(responseCode = "400", description = "Invalid region")
    public List<StaffingView> history(@PathParam("org") Organisation org, @QueryParam("region") String region) {
        return staffing.history(org, QueryParams.optionalEnum("region", region, Region.class));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Register the staffing of an organisation in a region: a new version, in force from now")
    @APIResponse(responseCode = "200", description = "The new version; the one it replaces stays in the history")
    @APIResponse(responseCode = "400", description = "Invalid figures")
    @APIResponse(responseCode = "403", description = "Role not allowed, or a coordinator of another region")
    public StaffingView put(@PathParam("org") Organisation org, @QueryParam("region") String region,
            @NotNull @Valid StaffingUpdate update) {
        Region parsed = QueryParams.optionalEnum("region", region, Region.class);
        return staffing.put(org, parsed, update, caller);
    }
}
