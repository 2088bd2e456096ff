package nl.entree.forecast.scenarios;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "scenario_effect")
public class ScenarioEffectEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "scenario_id")
    public ScenarioEntity scenario;

    public int position;

    @Enumerated(EnumType.STRING)
    public EffectKind kind;

    @Column(name = "start_month")
    public LocalDate startMonth;

    /** PEAK only. */
    public Integer months;

    public BigDecimal percent;

    /** Comma-separated organisation codes. */
    public String organisations;

    /** Comma-separated series ids. */
    @Column(name = "series_ids")
    public String seriesIds;
}
