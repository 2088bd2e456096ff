package nl.entree.capacity.timeentries;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TimeEntryRepository implements PanacheRepositoryBase<TimeEntry, UUID> {

    private static final int CHUNK = 1000;

    /** Registered minutes per case, for the cases that have any. */
    public Map<UUID, Long> minutesPerCase(Collection<UUID> caseIds) {
        Map<UUID, Long> minutes = new HashMap<>();
        List<UUID> ids = List.copyOf(caseIds);
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            List<Object[]> rows = getEntityManager().createQuery(
                    "select t.caseId, sum(t.minutes) from TimeEntry t where t.caseId in :ids group by t.caseId",
                    Object[].class).setParameter("ids", chunk).getResultList();
            for (Object[] row : rows) {
                minutes.put((UUID) row[0], ((Number) row[1]).longValue());
            }
        }
        return minutes;
    }
}
