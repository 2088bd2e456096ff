package nl.entree.capacity.empirical;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.capacity.norms.NormBook;
import nl.entree.capacity.norms.NormService;
import nl.entree.capacity.norms.NormView;
import nl.entree.capacity.timeentries.TimeEntryRepository;
import nl.entree.capacity.triage.TriageGateway;
import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.contract.ClosedCase;
import nl.entree.common.disclosure.SmallCellSuppression;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

@ApplicationScoped
class EmpiricalNormService {

    static final String EMPIRICAL_NORMS = "empirical-norms";
    static final String EMPIRICAL_NORMS_READ = "EMPIRICAL_NORMS_READ";
    /**
     * From this many closed cases on, either part may be anywhere from 1 to 9 whether the statistics (over n of at
     * least 10) are shown or not: 10 + 9.
     */
    static final long HOURS_BESIDE_HIDDEN_PARTS = 2 * SmallCellSuppression.THRESHOLD - 1;

    private final TriageGateway triage;
    private final TimeEntryRepository entries;
    private final NormService norms;
    private final AuditTrail audit;
    private final PublishedEmpiricalNorms published;
    private final Caller caller;

    public EmpiricalNormService(TriageGateway triage, TimeEntryRepository entries, NormService norms,
            AuditTrail audit, PublishedEmpiricalNorms published, Caller caller) {
        this.triage = triage;
        this.published = published;
        this.entries = entries;
        this.norms = norms;
        this.audit = audit;
        this.caller = caller;
    }

    /**
     * triage's closed cases take no region and are read with the service token, which sees every region, so a
     * caller bound to a region is refused; the refusal is a decision about access, and is kept.
     */
    public void requireNational(Organisation org) {
        try {
            caller.requireNational("The empirical norms are national");
        } catch (ProblemException refusal) {
            audit.recordRefusal(EMPIRICAL_NORMS_READ, EMPIRICAL_NORMS, org.name(), refusal);
            throw refusal;
        }
    }

    /**
     * Per closed case: the sum of its registered minutes in hours. Cases without any registered time are counted
     * apart rather than as zero hours: an unregistered case says nothing about what it cost.
     */
    @Transactional
    public EmpiricalNorms measure(Organisation org, CaseType caseType, LocalDate from, LocalDate to) {
        return measure(org, caseType, from, to, null);
    }

    /**
     * For a caller with small counts suppressed: one calendar year, each row as a ministry was first shown it
     * ({@link PublishedEmpiricalNorms}), so hours booked or corrected later never show as the difference of two reads.
     */
    @Transactional
    public EmpiricalNorms published(Organisation org, CaseType caseType, Year year) {
        return measure(org, caseType, year.atDay(1), year.atMonth(12).atEndOfMonth(), year);
    }

    /** {@code year} null: as the hours stand now, nothing hidden; else suppressed, and frozen at the first showing. */
    private EmpiricalNorms measure(Organisation org, CaseType caseType, LocalDate from, LocalDate to, Year year) {
        boolean suppressSmallCounts = year != null;
        List<ClosedCase> closed = triage.closed(from, to, org, caseType);
        List<CaseType> types = caseType != null ? List.of(caseType)
                : Arrays.stream(CaseType.values()).filter(t -> t.organisation() == org).toList();
        NormBook book = norms.book();
        List<EmpiricalNorms.Row> rows = new ArrayList<>();
        for (CaseType type : types) {
            Set<UUID> ids = new LinkedHashSet<>();
            for (ClosedCase c : closed) {
                if (c.caseType() == type && c.leadOrganisation() == org && c.caseId() != null) {
                    ids.add(c.caseId());
                }
            }
            NormView norm = book.on(type, to);
            // A row frozen before a rule was added is shown under it too: the rules only ever hide more.
            rows.add(suppressSmallCounts ? hoursHiddenBesideFewHiddenParts(
                    published.frozen(org, type, year, () -> row(type, ids, norm, YearMonth.from(from), true)))
                    : row(type, ids, norm, YearMonth.from(from), false));
        }
        audit.record(EMPIRICAL_NORMS_READ, EMPIRICAL_NORMS, org.name(), AuditResult.OK);
        return new EmpiricalNorms(org, from, to, rows);
    }

    /**
     * For a caller with small counts suppressed: fewer than 10 closed cases hide the whole row; else n and the
     * cases without hours are the two parts of a published total, hidden together when either is small; and
     * statistics over fewer than 10 cases are not shown (a median of three is one person's hours). With the parts
     * hidden, whether the statistics are shown says whether n is the large part, which pins the small one below
     * {@link #HOURS_BESIDE_HIDDEN_PARTS} closed cases (11 shown with hours: n is 10, one case had none); below that
     * they are not shown either.
     */
    private EmpiricalNorms.Row row(CaseType type, Set<UUID> ids, NormView norm, YearMonth from,
            boolean suppressSmallCounts) {
        if (suppressSmallCounts && ids.size() < SmallCellSuppression.THRESHOLD) {
            return new EmpiricalNorms.Row(type, null, null, null, null, null, null, norm, null, null, null, true);
        }
        Map<UUID, Long> minutes = ids.isEmpty() ? Map.of() : entries.minutesPerCase(ids, type.organisation());
        double[] hours = minutes.values().stream().mapToDouble(m -> m / 60.0).toArray();
        long without = ids.size() - (long) hours.length;
        boolean[] hidden = SmallCellSuppression.suppressLine(new long[] {hours.length, without}, from);
        boolean partsHidden = suppressSmallCounts && (hidden[0] || hidden[1]);
        Long n = partsHidden ? null : (long) hours.length;
        Long withoutHours = partsHidden ? null : without;
        if (hours.length == 0 || (suppressSmallCounts && hours.length < SmallCellSuppression.THRESHOLD)
                || (partsHidden && ids.size() < HOURS_BESIDE_HIDDEN_PARTS)) {
            return new EmpiricalNorms.Row(type, (long) ids.size(), n, withoutHours, null, null, null, norm, null, null,
                    null, partsHidden);
        }
        double mean = Statistics.mean(hours);
        double median = Statistics.quantile(hours, 0.5);
        double p80 = Statistics.quantile(hours, 0.8);
        if (partsHidden) {
            // Whole minutes over n cases: at full precision, only the true n makes mean × 60 × n a whole number, and
            // the quantiles' interpolation depends on n too. To the half hour they no longer tell n apart.
            mean = toHalfHour(mean);
            median = toHalfHour(median);
            p80 = toHalfHour(p80);
        }
        boolean hasNorm = norm.registered();
        return new EmpiricalNorms.Row(type, (long) ids.size(), n, withoutHours, mean, median, p80, norm,
                hasNorm ? mean - norm.expectedHours() : null,
                hasNorm ? median - norm.expectedHours() : null,
                hasNorm ? p80 - norm.highHours() : null,
                partsHidden);
    }

    /**
     * A suppressed row with its hours hidden beside hidden parts of fewer than {@link #HOURS_BESIDE_HIDDEN_PARTS}
     * closed cases, as {@link #row} does: rows frozen before that rule showed them from 10 cases with hours.
     */
    private static EmpiricalNorms.Row hoursHiddenBesideFewHiddenParts(EmpiricalNorms.Row row) {
        boolean partsHidden = row.closedCases() != null && row.n() == null;
        if (!partsHidden || row.closedCases() >= HOURS_BESIDE_HIDDEN_PARTS) {
            return row;
        }
        return new EmpiricalNorms.Row(row.caseType(), row.closedCases(), null, null, null, null, null, row.norm(),
                null, null, null, row.suppressed());
    }

    private static double toHalfHour(double hours) {
        return Math.round(hours * 2) / 2.0;
    }
}
