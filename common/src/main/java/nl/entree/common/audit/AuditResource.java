package nl.entree.common.audit;

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

import io.quarkus.arc.properties.UnlessBuildProperty;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Roles;

/** For a privacy officer answering "who has seen my case?", in every service that keeps data. */
@Path("/api/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@UnlessBuildProperty(name = "entree.audit.enabled", stringValue = "false", enableIfMissing = true)
public class AuditResource {

    private static final int LIMIT = 1000;

    private final AuditTrail audit;

    public AuditResource(AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Who read or changed an object, oldest first (at most 1000 records)",
            description = "objectId is the id of a contact, case, time entry, series or other object of this "
                    + "service. The read is itself audited.")
    @APIResponse(responseCode = "200", description = "The audit trail of the object")
    @APIResponse(responseCode = "400", description = "objectId missing")
    public List<AuditEntry> trail(@QueryParam("objectId") String objectId) {
        if (objectId == null || objectId.isBlank() || objectId.length() > 64) {
            throw ProblemException.badRequest("objectId", "is required: the id of the object whose trail you want");
        }
        return audit.trail(objectId.trim(), LIMIT);
    }

    @GET
    @Path("/chain")
    @RolesAllowed(Roles.ADMIN)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Check that no audit record was changed, removed or reordered since it was written",
            description = "Recomputes the hash chain over every record and names the first broken link. "
                    + "The check is itself audited.")
    @APIResponse(responseCode = "200", description = "The chain is intact, or the first record where it breaks")
    public ChainReport chain() {
        return audit.verify();
    }
}
