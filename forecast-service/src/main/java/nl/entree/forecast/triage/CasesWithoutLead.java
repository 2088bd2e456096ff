package nl.entree.forecast.triage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** triage's cases without a lead per month, the last part of each month's line ({@link TriageCounts#store}). */
@ApplicationScoped
public class CasesWithoutLead implements PanacheRepositoryBase<CasesWithoutLeadEntity, LocalDate> {

    /** Per month (its first day); a month not stored had none, or was never pulled. */
    public Map<LocalDate, Long> byMonth() {
        return listAll().stream().collect(Collectors.toMap(e -> e.month, e -> e.count));
    }

    /**
     * The months triage answered for: every pull stores a row for each month it asked for, 0 included, in the one
     * transaction that stores its national and regional counts ({@link TriageCounts}), so a month without a row was
     * never pulled, and its missing cells say nothing.
     */
    public SortedSet<YearMonth> monthsPulled() {
        return listAll().stream().map(e -> YearMonth.from(e.month)).collect(Collectors.toCollection(TreeSet::new));
    }

    void put(LocalDate month, long count) {
        CasesWithoutLeadEntity row = findById(month);
        if (row == null) {
            row = new CasesWithoutLeadEntity();
            row.month = month;
            persist(row);
        }
        row.count = count;
    }
}
