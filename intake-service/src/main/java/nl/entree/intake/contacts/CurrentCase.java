package nl.entree.intake.contacts;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;

import nl.entree.common.problem.ProblemException;

/**
 * Who is involved in a contact's case now, as triage-service says. Routing may have sent the case elsewhere since
 * intake last heard of it (a decline, a reassignment), so intake's own copy never grants access. Triage refusing
 * the caller's token is a 401 or 403, as it said; whatever else goes wrong there becomes a 503: without its answer
 * no access is given, and none is refused for good either.
 */
@ApplicationScoped
class CurrentCase {

    private static final Logger LOG = Logger.getLogger(CurrentCase.class);

    private final TriageCaseClient triage;

    CurrentCase(@RestClient TriageCaseClient triage) {
        this.triage = triage;
    }

    /** The case as the caller may see it; empty when triage says it does not exist for this caller. */
    Optional<TriageCaseClient.CaseParties> forCaller(UUID caseId) {
        try {
            return Optional.ofNullable(triage.find(caseId));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            // The caller's own token, refused by triage (signed out there while intake was away): no retry helps.
            if (status == 401) {
                throw new AuthenticationFailedException("triage-service refused the caller's token");
            }
            if (status == 403) {
                throw ProblemException.forbidden("triage-service does not allow your token to see this case.");
            }
            throw unavailable("HTTP " + status);
        } catch (RuntimeException e) {
            throw unavailable(e.getClass().getSimpleName());
        }
    }

    private static ProblemException unavailable(String cause) {
        LOG.warnf("triage-service case lookup failed: %s", cause);
        return ProblemException.unavailable(
                "triage-service is unavailable, so who is involved in this case cannot be checked. Try again shortly.");
    }
}
