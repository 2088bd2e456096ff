package nl.entree.triage.cases;

import static nl.entree.common.db.SqlValues.instant;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

import nl.entree.common.contract.CaseStatus;
import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.TriageDecision;
import nl.entree.triage.regional.RegionalServiceState;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<CaseEntity, UUID> {

    /**
     * What a list asks for; null means "any". {@code scope} is the organisation the caller is bound to, and
     * {@code scopeRegion} the region a casemanager's token binds them to: its cases and those of no known region;
     * {@code reference} matches part of a reference, ignoring case; {@code contacts} are the contacts a client-code
     * search found in intake; {@code escalated} asks for offers waiting in the coordinators' queue.
     */
    public record Filter(Organisation scope, Region scopeRegion, Organisation org, CaseStatus status,
            Priority priority, Boolean overdue, Boolean atRisk, Boolean escalated, Region region, String reference,
            List<UUID> contacts) {
    }

    /**
     * The order of a list: newest contact first, or open cases by their next deadline, then the open ones without a
     * deadline (accepted, with no milestone open), and the closed ones last.
     */
    public enum Order {
        RECEIVED("c.receivedAt desc, c.id"),
        DEADLINE("case when c.status = nl.entree.common.contract.CaseStatus.CLOSED then 2 "
                + "when c.nextDueAt is null then 1 else 0 end, c.nextDueAt, c.respondBy, c.id");

        private final String orderBy;

        Order(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    public record Page(List<CaseEntity> items, long total) {
    }

    /** A case's lead and supporters as they are now, and since when; what intake keeps a copy of. */
    public record Routing(UUID caseId, UUID contactId, Organisation leadOrganisation,
            List<Organisation> supportingOrganisations, Priority priority, Instant respondBy,
            Instant routingChangedAt) {
    }

    /**
     * The cases whose routing changed after {@code (after, afterId)}, in that order. In SQL: JPQL cannot compare the
     * pair, and a case's supporters come as one array rather than a query per case.
     */
    public List<Routing> routingChangedAfter(Instant after, UUID afterId, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select c.id, c.contact_id, c.lead_organisation, c.routing_changed_at,
                       array(select s.organisation from case_supporter s where s.case_id = c.id
                             order by s.organisation) as supporters, c.priority, c.respond_by
                from triage_case c
                where (c.routing_changed_at, c.id) > (?1, ?2)
                order by c.routing_changed_at, c.id
                limit ?3""", Object[].class)
                .setParameter(1, Timestamp.from(after)).setParameter(2, afterId).setParameter(3, limit)
                .getResultList();
        List<Routing> routings = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            List<Organisation> supporters = new ArrayList<>();
            for (Object o : elements(row[4])) {
                supporters.add(Organisation.valueOf(o.toString()));
            }
            routings.add(new Routing((UUID) row[0], (UUID) row[1],
                    row[2] == null ? null : Organisation.valueOf(row[2].toString()), List.copyOf(supporters),
                    Priority.valueOf(row[5].toString()), instant(row[6]), instant(row[3])));
        }
        return routings;
    }

    private static Object[] elements(Object array) {
        if (array instanceof Array sql) {
            try {
                return (Object[]) sql.getArray();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return (Object[]) array;
    }

    /** Cases whose regional service is still to be looked up, oldest first. */
    public List<UUID> pendingRegionalService(int limit) {
        return find("regionalServiceState = ?1 order by createdAt", RegionalServiceState.PENDING).page(0, limit)
                .stream().map(c -> c.id).toList();
    }

    /** Offers past their respondBy that have not escalated yet, the longest late first. */
    public List<CaseEntity> lateOffers(Instant now, int batch) {
        return find("status = ?1 and respondBy < ?2 and escalation = ?3 order by respondBy", CaseStatus.OFFERED, now,
                CaseEntity.Escalation.NONE).withLock(LockModeType.PESSIMISTIC_WRITE).page(0, batch).list();
    }

    /**
     * The case, its row locked until the transaction ends. Every change to a case reads it this way, so two changes
     * at once (a double-clicked accept, an accept while a coordinator reassigns) take turns: the second sees what the
     * first did and is answered by the status check, not refused by the row's version at commit.
     */
    public Optional<CaseEntity> findForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<CaseEntity> findByContactId(UUID contactId) {
        return find("contactId", contactId).firstResultOptional();
    }

    /** As {@link #findByContactId}, locked as {@link #findForChange} locks. */
    public Optional<CaseEntity> findByContactIdForChange(UUID contactId) {
        return find("contactId", contactId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Page search(Filter filter, Order order, Instant now, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.scope() != null) {
            where.add("(c.leadOrganisation = :scope or exists (select 1 from CaseSupporter s where s.ofCase = c "
                    + "and s.organisation = :scope))");
            params.and("scope", filter.scope());
        }
        if (filter.org() != null) {
            where.add("(c.leadOrganisation = :org or exists (select 1 from CaseSupporter s where s.ofCase = c "
                    + "and s.organisation = :org))");
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
        if (filter.scopeRegion() != null) {
            where.add("(c.region = :scopeRegion or c.region is null)");
            params.and("scopeRegion", filter.scopeRegion());
        }
        if (filter.region() != null) {
            where.add("c.region = :region");
            params.and("region", filter.region());
        }
        // As CaseEntity.overdue and atRisk say it, on the deadlines MilestoneSchedule keeps.
        if (filter.overdue() != null) {
            where.add(filter.overdue() ? "c.nextDueAt < :now" : "(c.nextDueAt is null or c.nextDueAt >= :now)");
            params.and("now", now);
        }
        if (filter.atRisk() != null) {
            where.add(filter.atRisk() ? "c.atRiskFrom <= :now" : "(c.atRiskFrom is null or c.atRiskFrom > :now)");
            params.and("now", now);
        }
        if (filter.escalated() != null) {
            where.add(filter.escalated() ? "(c.escalation = :escalated and c.status = :offered)"
                    : "(c.escalation <> :escalated or c.status <> :offered)");
            params.and("escalated", CaseEntity.Escalation.ESCALATED).and("offered", CaseStatus.OFFERED);
        }
        if (filter.reference() != null) {
            // The resource admits letters, digits and hyphens only, so the text holds no like wildcard.
            where.add("lower(c.reference) like :reference");
            params.and("reference", "%" + filter.reference().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.contacts() != null) {
            where.add("c.contactId in :contacts");
            params.and("contacts", filter.contacts());
        }
        String query = "from CaseEntity c" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        long total = find(query, params).count();
        var found = find(query + " order by " + order.orderBy, params);
        return new Page(found.page(page, size).list(), total);
    }

    /**
     * For each of these cases, the latest transition that sent it to review: who declined it and why. Not an event
     * that happened while it waited there (a supporter added or acknowledging its part): that keeps the status, and
     * would hide the decline behind "no rule named a lead".
     */
    public Map<UUID, CaseTransition> reasonsForReview(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, CaseTransition> latest = new HashMap<>();
        getEntityManager().createQuery("from CaseTransition t where t.caseId in :ids and t.toStatus = :review "
                + "and t.event is null order by t.at, t.id", CaseTransition.class)
                .setParameter("ids", caseIds).setParameter("review", CaseStatus.NEEDS_REVIEW)
                .getResultList().forEach(t -> latest.put(t.caseId, t));
        return latest;
    }

    public List<CaseTransition> history(UUID caseId) {
        return getEntityManager()
                .createQuery("from CaseTransition t where t.caseId = :id order by t.at, t.id", CaseTransition.class)
                .setParameter("id", caseId).getResultList();
    }

    public void record(CaseTransition transition) {
        getEntityManager().persist(transition);
    }

    /** A case's decision as triage first made it, and the assessment it was made on. */
    public record Decided(UUID id, String reference, TriageDecision decision, Assessment assessment) {
    }

    /**
     * A batch of the cases received in {@code [from, to)} (either may be null), in one region when it is given, in a
     * stable order: what a rule-set replay re-decides. The batch is detached once read, so a replay of every case
     * holds one batch in memory at a time.
     */
    public List<Decided> decided(Region region, Instant from, Instant to, int first, int batch) {
        String query = "select c.id, c.reference, c.decision, c.assessment from CaseEntity c where 1 = 1"
                + (region == null ? "" : " and c.region = :region")
                + (from == null ? "" : " and c.receivedAt >= :from")
                + (to == null ? "" : " and c.receivedAt < :to")
                + " order by c.id";
        var q = getEntityManager().createQuery(query, Object[].class).setFirstResult(first).setMaxResults(batch);
        window(q, region, from, to);
        List<Decided> rows = q.getResultStream().map(row -> new Decided((UUID) row[0], (String) row[1],
                (TriageDecision) row[2], (Assessment) row[3])).toList();
        getEntityManager().clear();
        return rows;
    }

    /**
     * How many of the cases a replay without a window would re-decide, in one region when it is given, were received
     * before {@code from} or from {@code to} on (either may be null): what a replay's window left out.
     */
    public long outside(Region region, Instant from, Instant to) {
        if (from == null && to == null) {
            return 0;
        }
        String query = "select count(c) from CaseEntity c where "
                + (region == null ? "" : "c.region = :region and ")
                + "(" + (from == null ? "" : "c.receivedAt < :from") + (from != null && to != null ? " or " : "")
                + (to == null ? "" : "c.receivedAt >= :to") + ")";
        var q = getEntityManager().createQuery(query, Long.class);
        window(q, region, from, to);
        return q.getSingleResult();
    }

    /** The region and the window's ends, for a query that names those it was given. */
    private static void window(Query q, Region region, Instant from, Instant to) {
        if (region != null) {
            q.setParameter("region", region);
        }
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
    }

    /** The cases closed before {@code cutoff} and not yet erased, the oldest first. */
    public List<CaseEntity> closedBefore(Instant cutoff, int batch) {
        return find("status = ?1 and closedAt < ?2 and erasedAt is null order by closedAt", CaseStatus.CLOSED, cutoff)
                .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, batch).list();
    }

    /** The keyed hashes of the person's client code that a case is found by; no code is ever stored. */
    public void addPersonLinks(UUID caseId, List<String> links) {
        for (String link : links) {
            getEntityManager().createNativeQuery("insert into case_person_link (case_id, link) values (?1, ?2) "
                    + "on conflict do nothing").setParameter(1, caseId).setParameter(2, link).executeUpdate();
        }
    }

    /** Whether a case received before {@code receivedAt} carries one of the links: the person's earlier case. */
    public boolean anEarlierCaseHasALink(List<String> links, Instant receivedAt) {
        return (Boolean) getEntityManager().createNativeQuery("select exists (select 1 from case_person_link l "
                + "join triage_case e on e.id = l.case_id where l.link in (?1) and e.received_at < ?2)")
                .setParameter(1, links).setParameter(2, Timestamp.from(receivedAt)).getSingleResult();
    }

    /** The other cases of the same person: those sharing a person link with this one, oldest contact first. */
    public List<CaseEntity> samePerson(UUID caseId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("select distinct b.case_id from case_person_link a "
                + "join case_person_link b on b.link = a.link and b.case_id <> a.case_id where a.case_id = ?1")
                .setParameter(1, caseId).getResultList();
        return ids.isEmpty() ? List.of() : find("id in ?1 order by receivedAt, id", ids).list();
    }

    /** Once the person's identifying fields go, so does what finds their other cases. */
    public void erasePersonLinks(UUID caseId) {
        getEntityManager().createNativeQuery("delete from case_person_link where case_id = ?1")
                .setParameter(1, caseId).executeUpdate();
    }

    /** A case's history keeps who moved it and when, not the free-text reasons. */
    public void eraseTransitionReasons(UUID caseId) {
        getEntityManager().createQuery("update CaseTransition t set t.reason = null where t.caseId = :id")
                .setParameter("id", caseId)
                .executeUpdate();
    }
}
