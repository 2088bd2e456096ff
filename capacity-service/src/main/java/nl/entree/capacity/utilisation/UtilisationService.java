package nl.entree.capacity.utilisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import nl.entree.capacity.config.CapacityConfig;
import nl.entree.capacity.norms.NormBook;
import nl.entree.capacity.norms.NormService;
import nl.entree.capacity.norms.NormView;
import nl.entree.capacity.staffing.StaffingService;
import nl.entree.capacity.staffing.StaffingView;
import nl.entree.capacity.triage.TriageGateway;
import nl.entree.common.contract.Caseloads;
import nl.entree.common.contract.Caseloads.OrganisationCaseload;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

@ApplicationScoped
public class UtilisationService {

    private final TriageGateway triage;
    private final NormService norms;
    private final StaffingService staffing;
    private final CapacityConfig config;

    public UtilisationService(TriageGateway triage, NormService norms, StaffingService staffing,
            CapacityConfig config) {
        this.triage = triage;
        this.norms = norms;
        this.staffing = staffing;
        this.config = config;
    }

    /** Triage is asked first: without its answer no figure is computed at all. */
    public Utilisation compute(Organisation only, Region region) {
        Caseloads caseloads = triage.caseloads(region);
        LocalDate today = norms.today();
        NormBook book = norms.book();
        List<Organisation> organisations = only != null ? List.of(only) : Arrays.asList(Organisation.values());
        List<Utilisation.OrganisationUtilisation> rows = new ArrayList<>();
        for (Organisation org : organisations) {
            OrganisationCaseload load = caseloads.organisations().stream()
                    .filter(o -> o.organisation() == org).findFirst().orElse(null);
            rows.add(organisation(org, load, book, today, staffing.rows(org, region)));
        }
        return new Utilisation(region, caseloads.generatedAt(), today, config.planningWeeks(), rows);
    }

    private Utilisation.OrganisationUtilisation organisation(Organisation org, OrganisationCaseload load,
            NormBook book, LocalDate today, List<StaffingView> staff) {
        Map<CaseType, Long> open = load == null || load.openByCaseType() == null ? Map.of() : load.openByCaseType();
        List<Utilisation.CaseTypeLoad> types = new ArrayList<>();
        List<CaseType> withoutNorm = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        double low = 0;
        double expected = 0;
        double high = 0;
        long countedByType = 0;
        long openWithoutNorm = 0;
        for (CaseType type : CaseType.values()) {
            if (type.organisation() != org) {
                continue;
            }
            long n = open.getOrDefault(type, 0L);
            countedByType += n;
            NormView norm = book.on(type, today);
            if (norm.registered()) {
                low += n * norm.lowHours();
                expected += n * norm.expectedHours();
                high += n * norm.highHours();
                types.add(new Utilisation.CaseTypeLoad(type, n, norm.status(), norm.expectedHours(),
                        n * norm.lowHours(), n * norm.expectedHours(), n * norm.highHours()));
            } else {
                types.add(new Utilisation.CaseTypeLoad(type, n, norm.status(), null, null, null, null));
                if (n > 0) {
                    withoutNorm.add(type);
                    openWithoutNorm += n;
                }
            }
        }
        long openCases = load == null ? 0 : load.open();
        long withoutCaseType = Math.max(0, openCases - countedByType);
        if (openWithoutNorm > 0) {
            notes.add(openWithoutNorm + " open case(s) of " + withoutNorm
                    + " have no norm registered and are not in the committed hours.");
        }
        if (withoutCaseType > 0) {
            notes.add(withoutCaseType + " open case(s) have no case type yet and are not in the committed hours.");
        }
        notes.add("Committed hours use the full expected norm per open case: triage's caseloads carry no case ids, "
                + "so hours already registered on open cases cannot be subtracted.");

        Double fte = null;
        Double available = null;
        Double percent = null;
        if (!staff.isEmpty()) {
            fte = staff.stream().mapToDouble(StaffingView::fte).sum();
            available = staff.stream().mapToDouble(s -> s.productiveHoursPerWeek() * config.planningWeeks()).sum();
            percent = available > 0 ? expected / available * 100 : null;
            if (available == 0) {
                notes.add("Staffing is registered with 0 FTE: no hours available, utilisation undefined.");
            }
        } else {
            notes.add("No staffing registered for " + org + ": available hours and utilisation are unknown.");
        }
        Utilisation.SafetyAssessmentBacklog vt = org == Organisation.VT ? backlog(load) : null;
        return new Utilisation.OrganisationUtilisation(org, openCases, types, low, expected, high, openWithoutNorm,
                withoutNorm, withoutCaseType, !staff.isEmpty(), fte, available, percent, vt, notes);
    }

    private Utilisation.SafetyAssessmentBacklog backlog(OrganisationCaseload load) {
        long backlog = load == null ? 0 : load.awaitingAcceptance();
        long accepted = load == null ? 0 : load.acceptedLast7Days();
        long overdue = load == null ? 0 : load.overdue();
        double throughput = accepted / 7.0;
        Double days = null;
        if (throughput > 0) {
            days = backlog / throughput;
        } else if (backlog == 0) {
            days = 0.0;
        }
        boolean within = days != null && days <= config.vtDeadlineDays();
        return new Utilisation.SafetyAssessmentBacklog(backlog, accepted, throughput, days, config.vtDeadlineDays(),
                within, overdue);
    }
}
