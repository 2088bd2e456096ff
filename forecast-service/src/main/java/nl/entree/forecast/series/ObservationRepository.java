package nl.entree.forecast.series;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ObservationRepository implements PanacheRepositoryBase<ObservationEntity, Long> {

    /** The first and last counted period of a series, and how many periods have a count. */
    record Stats(LocalDate first, LocalDate last, long counted) {
    }

    List<ObservationEntity> ofSeries(String seriesId) {
        return list("seriesId = ?1 order by periodStart", seriesId);
    }

    /** Per series id; of one series only when {@code onlyId} is not null. */
    Map<String, Stats> stats(String onlyId) {
        String jpql = "select o.seriesId, min(o.periodStart), max(o.periodStart), count(o.count) "
                + "from ObservationEntity o where o.count is not null"
                + (onlyId == null ? "" : " and o.seriesId = :id") + " group by o.seriesId";
        var query = getEntityManager().createQuery(jpql, Object[].class);
        if (onlyId != null) {
            query.setParameter("id", onlyId);
        }
        Map<String, Stats> stats = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            stats.put((String) row[0], new Stats((LocalDate) row[1], (LocalDate) row[2], (Long) row[3]));
        }
        return stats;
    }
}
