package nl.entree.forecast.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class PeakAlertRepository implements PanacheRepository<PeakAlertEntity> {

    Optional<PeakAlertEntity> find(String seriesId, LocalDate month) {
        return find("seriesId = ?1 and month = ?2", seriesId, month).firstResultOptional();
    }

    /** Active ones first, then the largest excess over the bound. */
    List<PeakAlertEntity> ofMonth(LocalDate month) {
        return list("month = ?1 order by active desc, (observed - upperBound) desc, seriesId", month);
    }
}
