package nl.entree.capacity.utilisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.entree.capacity.config.CapacityConfig;
import nl.entree.capacity.norms.NormBook;
import nl.entree.capacity.norms.NormService;
import nl.entree.capacity.norms.NormView;
import nl.entree.capacity.staffing.StaffingService;
import nl.entree.capacity.staffing.StaffingView;
import nl.entree.capacity.timeentries.TimeEntryRepository;
import nl.entree.capacity.triage.TriageGateway;
import nl.entree.common.contract.Caseloads;
import nl.entree.common.contract.Caseloads.OrganisationCaseload;
import nl.entree.common.contract.OpenCase;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

@ApplicationScoped
class UtilisationService {

    private final TriageGateway triage;
    private final TimeEntryRepository timeEntries;
    private final NormService norms;
    private final StaffingService staffing;
    private final CapacityConfig config;

    public UtilisationService(TriageGateway triage, TimeEntryRepository timeEntries, NormService norms,
            StaffingService staffing, CapacityConfig config) {
        this.triage = triage;
        this.timeEntries = timeEntries;
        this.norms = norms;
        this.staffing = staffing;
        this.config = config;
    }

    /** Triage is asked first: without its answer no figure is computed at all. */
    public Utilisation compute(Organisation only, Region region) {
        Caseloads caseloads = triage.caseloads(region);
        List<OpenCase> open = triage.open(only, region);
        LocalDate today = norms.today();
        NormBook book = norms.book();
        List<Organisation> organisations = only != null ? List.of(only) : Arrays.asList(Organisation.values());
        List<Utilisation.OrganisationUtilisation> rows = new ArrayList<>();
        for (Organisation org : organisations) {
            OrganisationCaseload load = caseloads.organisations().stream()
                    .filter(o -> o.organisation() == org).findFirst().orElse(null);
            List<OpenCase> ofOrg = open.stream().filter(c -> c.leadOrganisation() == org).toList();
            Map<UUID, Long> registeredMinutes = ofOrg.isEmpty() ? Map.of()
                    : timeEntries.minutesPerCase(ofOrg.stream().map(OpenCase::caseId).toList(), org);
            // Hours are registered without a region, so a region's view cannot say which of them were its own.
            Double supportHours = region != null ? null : timeEntries.supportMinutes(org,
                    today.minusWeeks(config.planningWeeks()).plusDays(1), today) / 60.0;
            rows.add(organisation(org, ofOrg, registeredMinutes, supportHours, load, book, today,
                    staffing.rows(org, region)));
        }
        return new Utilisation(region, caseloads.generatedAt(), today, config.planningWeeks(), rows);
    }

    private Utilisation.OrganisationUtilisation organisation(Organisation org, List<OpenCase> open,
            Map<UUID, Long> registeredMinutes, Double supportHours, OrganisationCaseload load, NormBook book,
            LocalDate today, List<StaffingView> staff) {
        List<Utilisation.CaseTypeLoad> types = new ArrayList<>();
        List<CaseType> withoutNorm = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Remaining total = new Remaining();
        long openWithoutNorm = 0;
        for (CaseType type : CaseType.values()) {
            if (type.organisation() != org) {
                continue;
            }
            List<Double> registered = open.stream().filter(c -> c.caseType() == type)
                    .map(c -> registeredMinutes.getOrDefault(c.caseId(), 0L) / 60.0).toList();
            long n = registered.size();
            double registeredHours = registered.stream().mapToDouble(Double::doubleValue).sum();
            NormView norm = book.on(type, today);
            if (norm.registered()) {
                Remaining remaining = new Remaining();
                registered.forEach(hours -> remaining.add(norm, hours));
                total.plus(remaining);
                types.add(new Utilisation.CaseTypeLoad(type, n, norm.status(), norm.expectedHours(), registeredHours,
                        remaining.overNorm, remaining.low, remaining.expected, remaining.high));
            } else {
                types.add(new Utilisation.CaseTypeLoad(type, n, norm.status(), null, registeredHours, null, null, null,
                        null));
                if (n > 0) {
                    withoutNorm.add(type);
                    openWithoutNorm += n;
                }
            }
        }
        long withoutCaseType = open.stream().filter(c -> c.caseType() == null).count();
        double registeredOnOpen = open.stream()
                .mapToDouble(c -> registeredMinutes.getOrDefault(c.caseId(), 0L) / 60.0).sum();
        if (openWithoutNorm > 0) {
            notes.add(openWithoutNorm + " open case(s) of " + withoutNorm
                    + " have no norm registered and are not in the committed hours.");
        }
        if (withoutCaseType > 0) {
            notes.add(withoutCaseType + " open case(s) have no case type yet and are not in the committed hours.");
        }
        if (total.overNorm > 0) {
            notes.add(total.overNorm + " open case(s) already have more hours registered than the expected norm; "
                    + "they count as 0 hours remaining, so the committed hours may be low for them.");
        }

        // Open cases none of which has a norm commit hours nobody can count: 0 would read as idle staff.
        boolean committedUnknown = !open.isEmpty() && openWithoutNorm + withoutCaseType == open.size();
        if (committedUnknown) {
            notes.add("None of the open cases has a norm: committed hours and utilisation are unknown.");
        }
        Double fte = null;
        Double available = null;
        Double percent = null;
        if (!staff.isEmpty()) {
            fte = staff.stream().mapToDouble(StaffingView::fte).sum();
            available = staff.stream().mapToDouble(s -> s.productiveHoursPerWeek() * config.planningWeeks()).sum();
            percent = available > 0 && !committedUnknown ? total.expected / available * 100 : null;
            if (available == 0) {
                notes.add("Staffing is registered with 0 FTE: no hours available, utilisation undefined.");
            }
        } else {
            notes.add("No staffing registered for " + org + ": available hours and utilisation are unknown.");
        }
        Utilisation.SafetyAssessmentBacklog vt = org == Organisation.VT ? backlog(load) : null;
        return new Utilisation.OrganisationUtilisation(org, open.size(), types, registeredOnOpen,
                committedUnknown ? null : total.low, committedUnknown ? null : total.expected,
                committedUnknown ? null : total.high, total.overNorm, openWithoutNorm, withoutNorm, withoutCaseType,
                supportHours, !staff.isEmpty(), fte, available, percent, vt, notes);
    }

    /** The norm hours that remain on open cases: per case, the norm less what is registered, never below zero. */
    private static final class Remaining {
        double low;
        double expected;
        double high;
        long overNorm;

        void add(NormView norm, double registeredHours) {
            low += Math.max(0, norm.lowHours() - registeredHours);
            expected += Math.max(0, norm.expectedHours() - registeredHours);
            high += Math.max(0, norm.highHours() - registeredHours);
            if (registeredHours > norm.expectedHours()) {
                overNorm++;
            }
        }

        void plus(Remaining other) {
            low += other.low;
            expected += other.expected;
            high += other.high;
            overNorm += other.overNorm;
        }
    }

    private Utilisation.SafetyAssessmentBacklog backlog(OrganisationCaseload load) {
        Caseloads.MilestoneLoad assessments = load == null || load.milestones() == null ? null
                : load.milestones().stream().filter(m -> m.caseType() == CaseType.VT_SAFETY_ASSESSMENT
                        && m.code().equals(config.vtSafetyAssessmentMilestone())).findFirst().orElse(null);
        long backlog = assessments == null ? 0 : assessments.open();
        long done = assessments == null ? 0 : assessments.doneLast7Days();
        long overdue = assessments == null ? 0 : assessments.overdue();
        double throughput = done / 7.0;
        Double days = null;
        if (throughput > 0) {
            days = backlog / throughput;
        } else if (backlog == 0) {
            days = 0.0;
        }
        boolean within = days != null && days <= config.vtDeadlineDays();
        return new Utilisation.SafetyAssessmentBacklog(backlog, done, throughput, days, config.vtDeadlineDays(),
                within, overdue);
    }
}
