package nl.entree.forecast.scenarios;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import nl.entree.common.vocabulary.Organisation;

@Entity
@Table(name = "scenario_effect")
public class ScenarioEffectEntity {

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

    /** In the order given; with {@link #seriesIds} both empty, the effect applies to every series. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<Organisation> organisations = List.of();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "series_ids")
    public List<String> seriesIds = List.of();
}
