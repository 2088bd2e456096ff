package nl.entree.forecast.alerts;

import java.time.Instant;
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

    /** The month's alerts active at its last check that the next month's check has not yet judged. */
    List<PeakAlertEntity> carriedOver(LocalDate month) {
        return list("month = ?1 and active = true and overtakenAt is null "
                + "order by (observed - upperBound) desc, seriesId", month);
    }

    /** Marks the month's alerts of these series as judged by the next month's check. */
    void overtake(LocalDate month, List<String> seriesIds, Instant at) {
        if (!seriesIds.isEmpty()) {
            update("overtakenAt = ?1 where month = ?2 and seriesId in ?3 and overtakenAt is null", at, month,
                    seriesIds);
        }
    }

    /** Active ones first, then the largest excess over the bound. */
    List<PeakAlertEntity> ofMonth(LocalDate month) {
        return list("month = ?1 order by active desc, (observed - upperBound) desc, seriesId", month);
    }
}
