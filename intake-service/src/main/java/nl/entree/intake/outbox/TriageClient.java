package nl.entree.intake.outbox;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import nl.entree.common.contract.CaseReceipt;
import nl.entree.common.contract.ContactErasure;
import nl.entree.common.contract.NewCase;
import nl.entree.common.security.ServiceTokenHeaders;

/**
 * triage-service, called as role {@code service}. Only a timeout: the outbox is the retry (per event, with
 * capped backoff) and already limits the load on a failing triage to one batch per round, so a
 * {@code @Retry} would hold the relay up and a {@code @CircuitBreaker} would add a second clock that delays
 * recovery without protecting anything more.
 */
@RegisterRestClient(configKey = "triage")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api/cases")
public interface TriageClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(5000)
    CaseReceipt submit(NewCase newCase);

    @POST
    @Path("/erasures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(5000)
    void forget(ContactErasure erasure);
}
