package nl.entree.intake.routing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import nl.entree.common.security.ServiceTokenHeaders;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;

/**
 * triage-service's routing changes, asked as role {@code service}: which cases changed lead or supporters, in order.
 * A read, so a failed one is tried once more; the circuit spares a triage that is struggling the next runs' calls.
 * The outbox's configuration (URL, timeouts), as both talk to the same triage with the same token.
 */
@RegisterRestClient(configKey = "triage")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api/cases/routing")
@Produces(MediaType.APPLICATION_JSON)
interface TriageRoutingClient {

    /** A record of intake's own: anything triage adds later is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoutingChanges(List<Change> changes, Cursor next) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Change(UUID caseId, UUID contactId, Organisation leadOrganisation,
            List<Organisation> supportingOrganisations, Priority priority, Instant respondBy,
            Instant routingChangedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cursor(Instant after, UUID afterId) {
    }

    @GET
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 500)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30000)
    RoutingChanges after(@QueryParam("after") String after, @QueryParam("afterId") UUID afterId,
            @QueryParam("limit") int limit);
}
