package nl.entree.forecast.events;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class EventRepository implements PanacheRepositoryBase<EventEntity, Long> {

    List<EventEntity> chronological() {
        return list("order by startDate, id");
    }

    /** The event, its row locked until the change commits. */
    Optional<EventEntity> findForChange(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
