package nl.entree.intake.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Roles;
import nl.entree.common.web.QueryParams;

/** Admins see events that did not go through, and put them back once the cause is fixed. */
@Path("/api/outbox")
@Tag(name = "Outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    private static final int LIMIT = 200;

    private final OutboxService service;

    public OutboxResource(OutboxService service) {
        this.service = service;
    }

    /** An event without its payload: the payload carries the summary, which admins need not read. */
    @Schema(name = "OutboxEntry")
    public record OutboxEntry(UUID id, UUID contactId, String eventType, OutboxEvent.Status status, int attempts,
            Instant nextAttemptAt, String lastError, Instant createdAt, Instant deliveredAt) {

        static OutboxEntry of(OutboxEvent e) {
            return new OutboxEntry(e.id, e.aggregateId, e.eventType, e.status, e.attempts, e.nextAttemptAt,
                    e.lastError, e.createdAt, e.deliveredAt);
        }
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Outbox events by status (default PARKED: refused by triage and waiting for an admin)")
    @APIResponse(responseCode = "200", description = "The events, oldest first, at most 200")
    @APIResponse(responseCode = "400", description = "Unknown status or contactId")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public List<OutboxEntry> list(@QueryParam("status") String status, @QueryParam("contactId") String contactId) {
        OutboxEvent.Status chosen = QueryParams.optionalEnum("status", status, OutboxEvent.Status.class);
        OutboxEvent.Status s = chosen == null ? OutboxEvent.Status.PARKED : chosen;
        UUID aggregate = QueryParams.optionalUuid("contactId", contactId);
        return service.list(s, aggregate, LIMIT).stream().map(OutboxEntry::of).toList();
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.ADMIN)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Queue a parked event again, due at once")
    @APIResponse(responseCode = "200", description = "The event as it is now")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such event")
    public OutboxEntry retry(@PathParam("id") UUID id) {
        return service.requeue(id).map(OutboxEntry::of)
                .orElseThrow(() -> ProblemException.notFound("The outbox event"));
    }
}
