package nl.entree.triage.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

import nl.entree.common.contract.CaseStatus;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;
import nl.entree.triage.regional.RegionalServiceState;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<CaseEntity, UUID> {

    /** What a list asks for; null means "any". {@code scope} is the organisation the caller is bound to. */
    public record Filter(Organisation scope, Organisation org, CaseStatus status, Priority priority, Boolean overdue,
            Region region) {
    }

    public record Page(List<CaseEntity> items, long total) {
    }

    /** Cases whose regional service is still to be looked up, oldest first. */
    public List<UUID> pendingRegionalService(int limit) {
        return find("regionalServiceState = ?1 order by createdAt", RegionalServiceState.PENDING).page(0, limit)
                .stream().map(c -> c.id).toList();
    }

    public Optional<CaseEntity> findByContactId(UUID contactId) {
        return find("contactId", contactId).firstResultOptional();
    }

    public Page search(Filter filter, Instant now, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.scope() != null) {
            where.add("(c.leadOrganisation = :scope or :scope member of c.supportingOrganisations)");
            params.and("scope", filter.scope());
        }
        if (filter.org() != null) {
            where.add("(c.leadOrganisation = :org or :org member of c.supportingOrganisations)");
            params.and("org", filter.org());
        }
        if (filter.status() != null) {
            where.add("c.status = :status");
            params.and("status", filter.status());
        }
        if (filter.priority() != null) {
            where.add("c.priority = :priority");
            params.and("priority", filter.priority());
        }
        if (filter.region() != null) {
            where.add("c.region = :region");
            params.and("region", filter.region());
        }
        if (filter.overdue() != null) {
            where.add(filter.overdue()
                    ? "(c.status = :offered and c.respondBy < :now)"
                    : "(c.status <> :offered or c.respondBy >= :now)");
            params.and("offered", CaseStatus.OFFERED).and("now", now);
        }
        String query = "from CaseEntity c" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var found = find(query + " order by c.receivedAt desc, c.id", params);
        long total = find(query, params).count();
        return new Page(found.page(page, size).list(), total);
    }

    public List<CaseTransition> history(UUID caseId) {
        return getEntityManager()
                .createQuery("from CaseTransition t where t.caseId = :id order by t.at, t.id", CaseTransition.class)
                .setParameter("id", caseId).getResultList();
    }

    public void record(CaseTransition transition) {
        getEntityManager().persist(transition);
    }

    /** Serialises concurrent deliveries of the same contact; the unique constraint is the backstop. */
    public void lockContact(UUID contactId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, contactId.getMostSignificantBits() ^ contactId.getLeastSignificantBits())
                .getSingleResult();
    }
}
