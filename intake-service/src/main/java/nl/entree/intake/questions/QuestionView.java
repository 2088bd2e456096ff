package nl.entree.intake.questions;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.TimeSinceIncident;

/** A question as its lead organisation's casemanagers see it. The text is left out of lists. */
@Schema(name = "QuestionView")
public record QuestionView(
        UUID contactId,
        String reference,
        Instant askedAt,
        CallerRole callerRole,
        TimeSinceIncident timeSinceIncident,
        Region region,
        Organisation leadOrganisation,
        Priority priority,
        @Schema(description = "Answer before this moment; set by the rule set") Instant respondBy,
        @Schema(description = "Null in lists") String question,
        @Schema(description = "Null until answered, and in lists") String answer,
        @Schema(description = "True when the question or its answer is stored but cannot be decrypted (damaged, or "
                + "sealed with a key that is no longer configured): both are then null. Lists show the question so; "
                + "GET /api/questions/{id} and an answer to it get a 500 problem instead")
        boolean unreadable,
        Instant answeredAt,
        Organisation answeredBy) {
}
