package nl.entree.intake.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.entree.common.vocabulary.Organisation;

/**
 * Idempotency keys, per organisation (or, for the public front door, per {@link #FRONT_DOOR}). {@link #claim}
 * inserts the key first with "on conflict do nothing": a concurrent request with the same key waits on the row until
 * the first commits, then sees it. So of twenty identical posts exactly one creates a contact and the rest replay it.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** The scope of the keys of questions asked at the public front door, which no organisation registers. */
    public static final String FRONT_DOOR = "FRONT_DOOR";

    /** The longest key the table holds ({@code idempotency_key.key varchar(200)}). */
    public static final int MAX_LENGTH = 200;

    /** A key that was already used: with which request, for which contact. */
    public record Used(String requestHash, UUID contactId) {
    }

    private final EntityManager em;
    private final Clock clock;

    public IdempotencyKeys(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Empty when this request now owns the key; otherwise the earlier use of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Used> claim(Organisation organisation, String key, String requestHash) {
        return claim(organisation.name(), key, requestHash);
    }

    /** As {@link #claim(Organisation, String, String)}, in a scope such as {@link #FRONT_DOOR}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Used> claim(String scope, String key, String requestHash) {
        int inserted = em.createNativeQuery("""
                insert into idempotency_key (organisation, key, request_hash, created_at)
                values (:org, :key, :hash, :now)
                on conflict (organisation, key) do nothing""")
                .setParameter("org", scope)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .setParameter("now", Instant.now(clock))
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select request_hash, contact_id from idempotency_key where organisation = :org and key = :key")
                .setParameter("org", scope)
                .setParameter("key", key)
                .getResultList();
        Object[] row = rows.get(0);
        return Optional.of(new Used((String) row[0], (UUID) row[1]));
    }

    /** The keys of erased contacts: each holds a hash of the request that registered the contact. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetContacts(List<UUID> contactIds) {
        em.createNativeQuery("delete from idempotency_key where contact_id in :ids").setParameter("ids", contactIds)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteCreatedBefore(Instant cutoff) {
        return em.createNativeQuery("delete from idempotency_key where created_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void attach(Organisation organisation, String key, UUID contactId) {
        attach(organisation.name(), key, contactId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void attach(String scope, String key, UUID contactId) {
        em.createNativeQuery("update idempotency_key set contact_id = :id where organisation = :org and key = :key")
                .setParameter("id", contactId)
                .setParameter("org", scope)
                .setParameter("key", key)
                .executeUpdate();
    }
}
