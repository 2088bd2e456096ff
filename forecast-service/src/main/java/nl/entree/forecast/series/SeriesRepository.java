package nl.entree.forecast.series;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class SeriesRepository implements PanacheRepositoryBase<SeriesEntity, String> {

    List<SeriesEntity> allById() {
        return list("order by id");
    }
}
