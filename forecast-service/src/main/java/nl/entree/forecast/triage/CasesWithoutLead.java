package nl.entree.forecast.triage;

import java.time.LocalDate;
import java.util.Map;
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
