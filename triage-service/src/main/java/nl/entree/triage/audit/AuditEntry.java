package nl.entree.triage.audit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of an object's audit trail, as an admin reads it. */
@Schema(name = "AuditEntry")
public record AuditEntry(Instant at, String actor, String actorOrganisation, String action, String objectId,
        String result) {
}
