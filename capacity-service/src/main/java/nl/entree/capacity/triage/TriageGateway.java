package nl.entree.capacity.triage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;

import nl.entree.common.contract.Caseloads;
import nl.entree.common.contract.ClosedCase;
import nl.entree.common.contract.OpenCase;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/**
 * The one place that talks to triage. Whatever goes wrong there becomes a 503 here: a figure computed without
 * triage's answer would be wrong, so none is given. The one exception is triage refusing the caller's own token:
 * that is an answer about the caller, not an outage, and waiting would not change it.
 */
@ApplicationScoped
public class TriageGateway {

    private static final Logger LOG = Logger.getLogger(TriageGateway.class);

    private final TriageCaseClient cases;
    private final TriageServiceClient service;

    public TriageGateway(@RestClient TriageCaseClient cases, @RestClient TriageServiceClient service) {
        this.cases = cases;
        this.service = service;
    }

    /**
     * The case as the caller may see it; empty when triage says it does not exist for this caller. A token triage
     * refuses is refused here too: a 401 as for a token capacity knows was signed out, so web ends the session, and a
     * 403 as triage said it.
     */
    public Optional<TriageCase> caseForCaller(UUID id) {
        try {
            return Optional.ofNullable(cases.find(id));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            if (status == 401) {
                throw new AuthenticationFailedException("triage-service refused the caller's token");
            }
            if (status == 403) {
                throw ProblemException.forbidden("triage-service does not allow your token to see this case.");
            }
            throw unavailable("case lookup", e);
        } catch (RuntimeException e) {
            throw unavailable("case lookup", e);
        }
    }

    public Caseloads caseloads(Region region) {
        try {
            Caseloads answer = service.caseloads(region == null ? null : region.name());
            if (answer == null || answer.organisations() == null) {
                throw ProblemException.unavailable("triage-service answered caseloads without content.");
            }
            return answer;
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unavailable("caseloads", e);
        }
    }

    public List<OpenCase> open(Organisation org, Region region) {
        try {
            List<OpenCase> answer = service.open(org == null ? null : org.name(), region == null ? null : region.name());
            if (answer == null) {
                throw ProblemException.unavailable("triage-service answered open cases without content.");
            }
            return answer;
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unavailable("open cases", e);
        }
    }

    public List<ClosedCase> closed(LocalDate from, LocalDate to, Organisation org, CaseType caseType) {
        try {
            List<ClosedCase> answer = service.closed(from.toString(), to.toString(), org.name(),
                    caseType == null ? null : caseType.name());
            return answer == null ? List.of() : answer;
        } catch (RuntimeException e) {
            throw unavailable("closed cases", e);
        }
    }

    private static ProblemException unavailable(String what, RuntimeException e) {
        String status = e instanceof WebApplicationException w ? "HTTP " + w.getResponse().getStatus()
                : e.getClass().getSimpleName();
        LOG.warnf("triage-service %s failed: %s", what, status);
        return ProblemException.unavailable("triage-service is unavailable (" + what
                + "), so no figure is given. Try again shortly.");
    }
}
