package nl.entree.forecast.series;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "observation")
public class ObservationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "series_id")
    public String seriesId;

    @Column(name = "period_start")
    public LocalDate periodStart;

    /** Null is a gap that was recorded explicitly. */
    public Long count;
}
