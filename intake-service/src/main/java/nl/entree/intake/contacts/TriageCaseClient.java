package nl.entree.intake.contacts;

import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import nl.entree.common.contract.CaseStatus;
import nl.entree.common.security.CallerTokenHeaders;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/**
 * Who is involved in triage-service's case, asked with the caller's own token: triage alone knows the current lead
 * and supporters, and answers 404 to an organisation that is neither. Its parties, not the case: triage audits that
 * as an access check, so a list of contacts does not show in a case's trail as a read of it. An HTTP answer (404
 * included) is not retried and does not count against the circuit: only an unreachable or slow triage does.
 */
@RegisterRestClient(configKey = "triage-cases")
@RegisterClientHeaders(CallerTokenHeaders.class)
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
interface TriageCaseClient {

    /** What decides access; anything triage adds later is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CaseParties(UUID id, CaseStatus status, Organisation leadOrganisation,
            Set<Organisation> supportingOrganisations, CaseType caseType) {

        boolean supports(Organisation org) {
            return supportingOrganisations != null && supportingOrganisations.contains(org);
        }
    }

    @GET
    @Path("/{id}/parties")
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = WebApplicationException.class)
    CaseParties find(@PathParam("id") UUID id);
}
