package nl.entree.intake.routing;

import static nl.entree.common.db.SqlValues.instant;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The one row of {@code routing_sync_cursor}: the last routing change intake applied. */
@ApplicationScoped
class RoutingCursor {

    record Position(Instant after, UUID afterId) {
    }

    private final EntityManager em;

    RoutingCursor(EntityManager em) {
        this.em = em;
    }

    /** Empty before the first change was applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Position> read() {
        Object[] row = (Object[]) em.createNativeQuery("select after, after_id from routing_sync_cursor where id = 1")
                .getSingleResult();
        return row[0] == null ? Optional.empty() : Optional.of(new Position(instant(row[0]), (UUID) row[1]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void moveTo(Position position) {
        em.createNativeQuery("update routing_sync_cursor set after = :after, after_id = :afterId where id = 1")
                .setParameter("after", position.after()).setParameter("afterId", position.afterId()).executeUpdate();
    }
}
