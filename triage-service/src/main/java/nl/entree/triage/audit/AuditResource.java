package nl.entree.triage.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Roles;

/** For a privacy officer answering "who has seen my case?": the trail of one case or rule set. */
@Path("/api/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final int LIMIT = 1000;

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Who read or changed an object, oldest first (at most 1000 records)",
            description = "objectId is a case id, a rule-set version or a region. The read is itself audited.")
    @APIResponse(responseCode = "200", description = "The audit trail of the object")
    @APIResponse(responseCode = "400", description = "objectId missing")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public List<AuditEntry> trail(@QueryParam("objectId") String objectId) {
        if (objectId == null || objectId.isBlank() || objectId.length() > 64) {
            throw ProblemException.badRequest("objectId", "is required: the id of a case, a rule-set version or a region");
        }
        return audit.trail(objectId.trim(), LIMIT);
    }
}
