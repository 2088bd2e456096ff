package nl.entree.forecast.series;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

@Entity
@Table(name = "series")
public class SeriesEntity {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    public Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    public CaseType caseType;

    /** Set for a series of one safety region over every organisation; {@code organisation} is then null. */
    @Enumerated(EnumType.STRING)
    public Region region;

    @Enumerated(EnumType.STRING)
    public Granularity granularity;

    public String unit;

    public String definition;

    public String source;

    public boolean synthetic;

    public String label;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
