package nl.entree.capacity.timeentries;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

@ApplicationScoped
public class TimeEntryRepository implements PanacheRepositoryBase<TimeEntry, UUID> {

    private static final int CHUNK = 1000;

    Optional<TimeEntry> bookedWith(Organisation organisation, String key) {
        return find("organisation = ?1 and requestKey = ?2", organisation, key).firstResultOptional();
    }

    /**
     * The minutes one organisation registered per case as its lead, for the cases where it has any: a lead's against
     * its norm, without the hours of those supporting it. Only entries booked on its own case types count: hours it
     * booked as a supporter, before the case was reassigned to it, are its support ({@link #supportMinutes}) and would
     * otherwise count twice and eat into its norm. An entry that has been corrected counts only through its
     * correction, so a case whose hours were all withdrawn (corrected to 0) has none, as if never booked.
     */
    public Map<UUID, Long> minutesPerCase(Collection<UUID> caseIds, Organisation by) {
        Map<UUID, Long> minutes = new HashMap<>();
        List<UUID> ids = List.copyOf(caseIds);
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            List<Object[]> rows = getEntityManager().createQuery(
                    "select t.caseId, sum(t.minutes) from TimeEntry t where t.caseId in :ids"
                            + " and t.organisation = :by and t.caseType in :own"
                            + " and not exists (select 1 from TimeEntry c where c.corrects = t.id)"
                            + " group by t.caseId having sum(t.minutes) > 0",
                    Object[].class).setParameter("ids", chunk).setParameter("by", by)
                    .setParameter("own", ownTypes(by)).getResultList();
            for (Object[] row : rows) {
                minutes.put((UUID) row[0], ((Number) row[1]).longValue());
            }
        }
        return minutes;
    }

    /**
     * The minutes an organisation registered on days in {@code [from, to]} on cases of another organisation's case
     * types: its work as a supporter, which no norm of its own covers.
     */
    public long supportMinutes(Organisation organisation, LocalDate from, LocalDate to) {
        Long minutes = getEntityManager().createQuery("select sum(t.minutes) from TimeEntry t"
                + " where t.organisation = :org and t.workDate between :from and :to"
                + " and t.caseType not in :own"
                + " and not exists (select 1 from TimeEntry c where c.corrects = t.id)", Long.class)
                .setParameter("org", organisation).setParameter("from", from).setParameter("to", to)
                .setParameter("own", ownTypes(organisation)).getSingleResult();
        return minutes == null ? 0 : minutes;
    }

    private static List<CaseType> ownTypes(Organisation organisation) {
        return Arrays.stream(CaseType.values()).filter(t -> t.organisation() == organisation).toList();
    }

    /** Every entry on a case, oldest first; of one organisation, or of all when {@code organisation} is empty. */
    public List<TimeEntry> onCase(UUID caseId, Optional<Organisation> organisation) {
        Sort order = Sort.by("registeredAt").and("id");
        return organisation
                .map(org -> find("caseId = :caseId and organisation = :org", order,
                        Parameters.with("caseId", caseId).and("org", org)).list())
                .orElseGet(() -> find("caseId = :caseId", order, Parameters.with("caseId", caseId)).list());
    }

    /** The entry, locked until the transaction ends, so that two corrections of it cannot both pass the check. */
    public Optional<TimeEntry> findForCorrection(UUID id) {
        return Optional.ofNullable(getEntityManager().find(TimeEntry.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<TimeEntry> correctionOf(UUID id) {
        return find("corrects", id).firstResultOptional();
    }
}
