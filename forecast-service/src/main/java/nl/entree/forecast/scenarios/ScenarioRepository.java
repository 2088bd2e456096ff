package nl.entree.forecast.scenarios;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ScenarioRepository implements PanacheRepositoryBase<ScenarioEntity, Long> {

    Optional<ScenarioEntity> byName(String name) {
        return find("name", name).firstResultOptional();
    }

    List<ScenarioEntity> allById() {
        return list("order by id");
    }
}
