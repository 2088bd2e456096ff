package nl.entree.forecast.scenarios;

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
import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.forecast.scenarios.ScenarioApi.NewScenario;
import nl.entree.forecast.scenarios.ScenarioApi.ScenarioView;

@Path("/api/scenarios")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scenarios", description = "Named assumptions that multiply the forecasts, e.g. a new law")
public class ScenarioResource {

    private final ScenarioService scenarios;
    private final Caller caller;

    public ScenarioResource(ScenarioService scenarios, Caller caller) {
        this.scenarios = scenarios;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN})
    @Operation(summary = "List the scenarios")
    @APIResponse(responseCode = "200", description = "the scenarios")
    public List<ScenarioView> list() {
        return scenarios.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN})
    @Operation(summary = "One scenario")
    @APIResponse(responseCode = "200", description = "the scenario")
    @APIResponse(responseCode = "404", description = "no such scenario")
    public ScenarioView get(@PathParam("id") long id) {
        return scenarios.find(id).orElseThrow(() -> ProblemException.notFound("Scenario " + id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Add a scenario")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "invalid scenario")
    @APIResponse(responseCode = "409", description = "the name is taken")
    @APIResponse(responseCode = "403", description = "a coordinator bound to one region: this acts on every region")
    public Response create(@Valid @NotNull NewScenario request) {
        caller.requireNational("A scenario is shared by every region's projections");
        ScenarioView created = scenarios.create(request);
        return Response.created(URI.create("/api/scenarios/" + created.id())).entity(created).build();
    }
}
