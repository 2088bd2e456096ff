package nl.entree.capacity.empirical;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.capacity.norms.NormService;
import nl.entree.capacity.web.QueryParams;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

@Path("/api/norms/empirical")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hour norms")
public class EmpiricalNormResource {

    private final EmpiricalNormService service;
    private final NormService norms;
    private final Caller caller;

    public EmpiricalNormResource(EmpiricalNormService service, NormService norms, Caller caller) {
        this.service = service;
        this.norms = norms;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN, Roles.MINISTRY, Roles.SERVICE })
    @Operation(summary = "Registered hours per closed case (n, mean, median, p80) next to the registered norm")
    @APIResponse(responseCode = "200", description = "One row per case type of the organisation (or the one asked)")
    @APIResponse(responseCode = "400", description = "Missing or invalid parameter")
    @APIResponse(responseCode = "503", description = "triage-service unavailable")
    public EmpiricalNorms empirical(@QueryParam("org") String org, @QueryParam("caseType") String caseType,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Organisation organisation = QueryParams.requiredEnum("org", org, Organisation.class);
        CaseType type = QueryParams.optionalEnum("caseType", caseType, CaseType.class);
        if (type != null) {
            NormService.requireBelongs(organisation, type);
        }
        LocalDate end = QueryParams.optionalDate("to", to);
        LocalDate until = end == null ? norms.today() : end;
        LocalDate start = QueryParams.optionalDate("from", from);
        LocalDate since = start == null ? until.minusYears(1).plusDays(1) : start;
        if (since.isAfter(until)) {
            throw ProblemException.badRequest("from", "must not lie after to");
        }
        if (since.isBefore(until.minusYears(10))) {
            throw ProblemException.badRequest("from", "the period may span at most 10 years");
        }
        boolean ministry = caller.hasRole(Roles.MINISTRY) && !caller.hasRole(Roles.COORDINATOR)
                && !caller.hasRole(Roles.ADMIN);
        return service.measure(organisation, type, since, until, ministry);
    }
}
