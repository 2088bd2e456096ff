package nl.entree.triage.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;

/**
 * The cases whose lead or supporters changed, for intake's copy of them: ids, organisations and what the lead has to
 * answer by (a reassignment can bring the deadline forward), nothing about the person. A record of triage's own
 * rather than one in common: intake alone reads it, with a record of its own.
 */
@Schema(description = "Cases whose lead or supporting organisations changed, in the order they changed")
public record RoutingChanges(List<Change> changes,
        @Schema(description = "Where the next page starts; null when this page is the last one for now") Cursor next) {

    public record Change(UUID caseId, UUID contactId,
            @Schema(description = "Null while the case waits for a coordinator") Organisation leadOrganisation,
            List<Organisation> supportingOrganisations, Priority priority, Instant respondBy,
            Instant routingChangedAt) {
    }

    public record Cursor(Instant after, UUID afterId) {
    }
}
