package nl.entree.capacity.norms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/** One version of an hour norm. Versions of one case type never overlap: a new one closes the previous. */
@Entity
@Table(name = "hour_norm")
public class HourNorm {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    public CaseType caseType;

    @Column(name = "low_hours")
    public double lowHours;

    @Column(name = "expected_hours")
    public double expectedHours;

    @Column(name = "high_hours")
    public double highHours;

    public String source;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "registered_at")
    public Instant registeredAt;
}
