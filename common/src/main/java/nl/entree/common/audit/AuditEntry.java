package nl.entree.common.audit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of the audit trail, the same in every service. The fields are those NEN 7513 asks of a log of access
 * to client data: who (actor), in which role and for which organisation, did what (action) to which object,
 * with what result, and when. {@code objectId} is an id, never a name or other personal data.
 */
@Schema(name = "AuditEntry")
public record AuditEntry(Instant at, String actor, String actorRole, String actorOrganisation, String action,
        String objectType, String objectId, String result) {
}
