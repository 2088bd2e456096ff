package nl.entree.triage.evaluation;

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

import io.quarkus.security.Authenticated;

import nl.entree.common.security.FrontDoor;
import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.TriageDecision;
import nl.entree.triage.rules.RuleSetService;

@Path("/api/triage/evaluate")
@Tag(name = "Triage", description = "Routing an assessment under the active rule set")
public class EvaluationResource {

    private final RuleSetService ruleSets;

    public EvaluationResource(RuleSetService ruleSets) {
        this.ruleSets = ruleSets;
    }

    @POST
    @Authenticated
    @FrontDoor
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide lead, supporting organisations, priority and deadline for an assessment",
            description = "Stores nothing. Any authenticated role may ask, and so may the public front door (help).")
    @APIResponse(responseCode = "200", description = "The decision under the active rule set")
    @APIResponse(responseCode = "400", description = "The assessment is not valid")
    @APIResponse(responseCode = "503", description = "No rule set is active or the database is unavailable")
    public TriageDecision evaluate(@Valid @NotNull Assessment assessment) {
        return ruleSets.evaluate(assessment);
    }
}
