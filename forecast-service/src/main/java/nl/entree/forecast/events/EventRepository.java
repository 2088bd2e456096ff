package nl.entree.forecast.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class EventRepository implements PanacheRepositoryBase<EventEntity, Long> {

    List<EventEntity> chronological() {
        return list("order by startDate, id");
    }
}
