package nl.entree.forecast.series;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

@ApplicationScoped
class ObservationRepository implements PanacheRepositoryBase<ObservationEntity, Long> {

    /** The first and last counted period of a series, and how many periods have a count. */
    record Stats(LocalDate first, LocalDate last, long counted) {
    }

    /** A stored count with what its series says about it. */
    record Count(String seriesId, Organisation organisation, CaseType caseType, Region region,
            Granularity granularity, LocalDate start, long count) {
    }

    /** Every stored count of every series; gaps are left out. */
    List<Count> everyCount() {
        return getEntityManager().createQuery("select s.id, s.organisation, s.caseType, s.region, s.granularity, "
                + "o.periodStart, o.count from ObservationEntity o, SeriesEntity s "
                + "where o.seriesId = s.id and o.count is not null", Object[].class)
                .getResultStream()
                .map(r -> new Count((String) r[0], (Organisation) r[1], (CaseType) r[2], (Region) r[3],
                        (Granularity) r[4], (LocalDate) r[5], (Long) r[6]))
                .toList();
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
