package nl.entree.capacity.empirical;

import java.time.LocalDate;
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
import nl.entree.common.contract.ClosedCase;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

@ApplicationScoped
public class EmpiricalNormService {

    /** Below this many cases a ministry sees no figure (the suite's small-count rule). */
    static final int MINIMUM_CASES = 10;

    private final TriageGateway triage;
    private final TimeEntryRepository entries;
    private final NormService norms;

    public EmpiricalNormService(TriageGateway triage, TimeEntryRepository entries, NormService norms) {
        this.triage = triage;
        this.entries = entries;
        this.norms = norms;
    }

    /**
     * Per closed case: the sum of its registered minutes in hours. Cases without any registered time are counted
     * apart rather than as zero hours: an unregistered case says nothing about what it cost.
     */
    @Transactional
    public EmpiricalNorms measure(Organisation org, CaseType caseType, LocalDate from, LocalDate to,
            boolean suppressSmallCounts) {
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
            rows.add(row(type, ids, book.on(type, to), suppressSmallCounts));
        }
        return new EmpiricalNorms(org, from, to, rows);
    }

    private EmpiricalNorms.Row row(CaseType type, Set<UUID> ids, NormView norm, boolean suppressSmallCounts) {
        if (suppressSmallCounts && ids.size() < MINIMUM_CASES) {
            return new EmpiricalNorms.Row(type, null, null, null, null, null, null, norm, null, null, null, true);
        }
        Map<UUID, Long> minutes = ids.isEmpty() ? Map.of() : entries.minutesPerCase(ids);
        double[] hours = minutes.values().stream().mapToDouble(m -> m / 60.0).toArray();
        long without = ids.size() - (long) hours.length;
        if (hours.length == 0) {
            return new EmpiricalNorms.Row(type, (long) ids.size(), 0L, without, null, null, null, norm, null, null,
                    null, false);
        }
        double mean = Statistics.mean(hours);
        double median = Statistics.quantile(hours, 0.5);
        double p80 = Statistics.quantile(hours, 0.8);
        boolean hasNorm = norm.registered();
        return new EmpiricalNorms.Row(type, (long) ids.size(), (long) hours.length, without, mean, median, p80, norm,
                hasNorm ? mean - norm.expectedHours() : null,
                hasNorm ? median - norm.expectedHours() : null,
                hasNorm ? p80 - norm.highHours() : null,
                false);
    }
}
