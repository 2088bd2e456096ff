package nl.entree.capacity.versions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Makes registrations of new versions of one thing wait for each other. Locking the version in force is not
 * enough: the first version has no row to lock, and a registration that waited on the lock finds that row closed
 * and so none in force, and both would insert an open version (the unique index then refused the second, a 500).
 * A transaction-scoped advisory lock exists before any row does and is released at commit or rollback.
 */
@ApplicationScoped
public class VersionLock {

    private final EntityManager em;

    VersionLock(EntityManager em) {
        this.em = em;
    }

    /** Holds the lock on the versions of {@code thing} (such as {@code "hour-norm:CSG_ACUTE"}) until commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(String thing) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:thing))").setParameter("thing", thing)
                .getSingleResult();
    }
}
