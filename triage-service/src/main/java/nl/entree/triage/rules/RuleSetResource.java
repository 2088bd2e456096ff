package nl.entree.triage.rules;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Roles;

@Path("/api/rule-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule sets", description = "The versioned routing rules")
public class RuleSetResource {

    private final RuleSetService ruleSets;
    private final RuleSetReplay replay;

    public RuleSetResource(RuleSetService ruleSets, RuleSetReplay replay) {
        this.ruleSets = ruleSets;
        this.replay = replay;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Every published rule set, oldest first")
    @APIResponse(responseCode = "200", description = "The rule sets")
    public List<RuleSetView> list() {
        return ruleSets.list();
    }

    @GET
    @Path("/active")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "The rule set that decides new cases")
    @APIResponse(responseCode = "200", description = "The active rule set")
    @APIResponse(responseCode = "404", description = "No rule set is active")
    public RuleSetView active() {
        return ruleSets.activeView().orElseThrow(() -> ProblemException.notFound("An active rule set"));
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "One rule set by version")
    @APIResponse(responseCode = "200", description = "The rule set")
    @APIResponse(responseCode = "404", description = "No such version")
    public RuleSetView get(@PathParam("version") int version) {
        return ruleSets.find(version).orElseThrow(() -> ProblemException.notFound("Rule set " + version));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a new rule-set version (inactive until activated)",
            description = "The whole document is checked; the answer lists every error with its path.")
    @APIResponse(responseCode = "201", description = "Published; Location names the new version")
    @APIResponse(responseCode = "400", description = "The document is not valid; every error is listed")
    public Response publish(@Schema(description = "A rule-set document: see docs/triage.md") JsonNode document) {
        RuleSetView published = ruleSets.publish(document);
        return Response.created(URI.create("/api/rule-sets/" + published.version())).entity(published).build();
    }

    @POST
    @Path("/{version}/activate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Make this version decide new cases; existing cases keep their version",
            description = "Only a version replayed over every region, with no from/to that left out past cases "
                    + "(POST /{version}/replay), may be activated; the answer names the replay it rests on.")
    @APIResponse(responseCode = "200", description = "Now active")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "No replay over every region and every past case yet")
    public RuleSetView activate(@PathParam("version") int version) {
        return ruleSets.activate(version).orElseThrow(() -> ProblemException.notFound("Rule set " + version));
    }

    @GET
    @Path("/{version}/replays")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "The replay reports made on this version, newest first: the evidence its activation rests on",
            description = "A caller bound to a region gets the reports made for that region only; each report shows "
                    + "the examples of cases the caller may read.")
    @APIResponse(responseCode = "200", description = "The reports, with who made them and when")
    @APIResponse(responseCode = "404", description = "No such version")
    public List<RuleSetService.ReplayRecordView> replays(@PathParam("version") int version) {
        return ruleSets.replays(version).orElseThrow(() -> ProblemException.notFound("Rule set " + version));
    }

    @POST
    @Path("/{version}/replay")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Re-decide past cases under this version and compare the whole decisions field by field",
            description = "from and to (YYYY-MM-DD, inclusive, optional) bound the day the contact was received. "
                    + "No case is changed; the report is kept, and activating the version requires one over every "
                    + "region whose from/to left out no past case (leftOut 0).")
    @APIResponse(responseCode = "200", description = "Lead changes per from→to pair, and changes per field with "
            + "examples")
    @APIResponse(responseCode = "400", description = "A date is not valid")
    @APIResponse(responseCode = "404", description = "No such version")
    public ReplayReport replay(@PathParam("version") int version, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return replay.replay(version, from, to);
    }
}
