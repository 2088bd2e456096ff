package nl.entree.capacity.empirical;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;

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
import nl.entree.common.disclosure.Disclosure;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.web.QueryParams;

@Path("/api/norms/empirical")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hour norms")
public class EmpiricalNormResource {

    private final EmpiricalNormService service;
    private final NormService norms;
    private final Disclosure disclosure;
    private final Clock clock;

    public EmpiricalNormResource(EmpiricalNormService service, NormService norms, Disclosure disclosure,
            Clock clock) {
        this.service = service;
        this.norms = norms;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN, Roles.MINISTRY, Roles.SERVICE })
    @Operation(summary = "Registered hours per closed case (n, mean, median, p80) next to the registered norm",
            description = "National figures. For ministries: one completed calendar year (default the last), small "
                    + "counts suppressed.")
    @APIResponse(responseCode = "200", description = "One row per case type of the organisation (or the one asked)")
    @APIResponse(responseCode = "400", description = "Missing or invalid parameter")
    @APIResponse(responseCode = "403", description = "A token bound to a region (claim region): these are national")
    @APIResponse(responseCode = "503", description = "triage-service unavailable")
    public EmpiricalNorms empirical(@QueryParam("org") String org, @QueryParam("caseType") String caseType,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Organisation organisation = QueryParams.requiredEnum("org", org, Organisation.class);
        service.requireNational(organisation);
        CaseType type = QueryParams.optionalEnum("caseType", caseType, CaseType.class);
        if (type != null) {
            NormService.requireBelongs(organisation, type);
        }
        LocalDate end = QueryParams.optionalDate("to", to);
        LocalDate start = QueryParams.optionalDate("from", from);
        if (disclosure.suppressSmallCounts()) {
            Year year = publishedYear(start, end);
            return service.published(organisation, type, year);
        }
        LocalDate until = end == null ? norms.today() : end;
        LocalDate since = start == null ? until.minusYears(1).plusDays(1) : start;
        if (since.isAfter(until)) {
            throw ProblemException.badRequest("from", "must not lie after to");
        }
        if (since.isBefore(until.minusYears(10))) {
            throw ProblemException.badRequest("from", "the period may span at most 10 years");
        }
        return service.measure(organisation, type, since, until);
    }

    /**
     * With small counts suppressed the period is one completed calendar year (by default the last): counts over
     * periods that overlap, or over a year still filling, differ by a few cases, and the difference is a count
     * below 10. Fixed, closed periods leave nothing to subtract.
     */
    private Year publishedYear(LocalDate start, LocalDate end) {
        Year last = Year.of(Disclosure.lastCompletedYear(clock));
        if (start == null && end == null) {
            return last;
        }
        if (start == null || start.getDayOfYear() != 1) {
            throw ProblemException.badRequest("from", "for a ministry the 1st of January of a completed year");
        }
        Year year = Year.from(start);
        if (end == null || !end.equals(year.atMonth(12).atEndOfMonth())) {
            throw ProblemException.badRequest("to", "for a ministry the 31st of December of the year of from");
        }
        if (year.isAfter(last)) {
            throw ProblemException.badRequest("from", "for a ministry a completed year, " + last + " or before");
        }
        return year;
    }
}
