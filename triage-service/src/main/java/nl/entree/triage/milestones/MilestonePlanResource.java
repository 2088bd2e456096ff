package nl.entree.triage.milestones;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Roles;

@Path("/api/milestone-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Milestone plans", description = "The versioned plans of what must happen after routing, and by when")
public class MilestonePlanResource {

    private final MilestonePlans plans;

    public MilestonePlanResource(MilestonePlans plans) {
        this.plans = plans;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Every published milestone plan, oldest first")
    @APIResponse(responseCode = "200", description = "The plans")
    public List<MilestonePlanView> list() {
        return plans.list();
    }

    @GET
    @Path("/active")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "The plan new cases get")
    @APIResponse(responseCode = "200", description = "The active plan")
    @APIResponse(responseCode = "404", description = "No plan is active")
    public MilestonePlanView active() {
        return plans.find(null).orElseThrow(() -> ProblemException.notFound("An active milestone plan"));
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "One milestone plan by version")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", description = "No such version")
    public MilestonePlanView get(@PathParam("version") int version) {
        return plans.find(version).orElseThrow(() -> ProblemException.notFound("Milestone plan " + version));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a new milestone-plan version (inactive until activated)",
            description = "Terms are ISO-8601 periods (P5D, P10W); a milestone's term runs from REPORT, RESPOND_BY, "
                    + "ACCEPTANCE or an earlier MILESTONE named in after. See docs/triage.md, \"Milestones\".")
    @APIResponse(responseCode = "201", description = "Published; Location names the new version")
    @APIResponse(responseCode = "400", description = "The plan is not valid; the field is named")
    public Response publish(@Valid @NotNull MilestonePlan plan) {
        MilestonePlanView published = plans.publish(plan);
        return Response.created(URI.create("/api/milestone-plans/" + published.version())).entity(published).build();
    }

    @POST
    @Path("/{version}/activate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Give this plan to new cases; existing cases keep the milestones they were given")
    @APIResponse(responseCode = "200", description = "Now active")
    @APIResponse(responseCode = "404", description = "No such version")
    public MilestonePlanView activate(@PathParam("version") int version) {
        return plans.activate(version).orElseThrow(() -> ProblemException.notFound("Milestone plan " + version));
    }
}
