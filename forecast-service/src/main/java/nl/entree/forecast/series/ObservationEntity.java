package nl.entree.forecast.series;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "observation")
public class ObservationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "series_id")
    public String seriesId;

    @Column(name = "period_start")
    public LocalDate periodStart;

    /** Null is a gap that was recorded explicitly. */
    public Long count;

    public static List<ObservationEntity> ofSeries(String seriesId) {
        return list("seriesId = ?1 order by periodStart", seriesId);
    }
}
