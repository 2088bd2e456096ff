package nl.entree.capacity.costs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.entree.common.vocabulary.Organisation;

/** One version of what an FTE costs an organisation per year. Versions never overlap: a new one closes the last. */
@Entity
@Table(name = "fte_cost")
class FteCost {

    @Id
    UUID id;

    @Enumerated(EnumType.STRING)
    Organisation organisation;

    @Column(name = "euros_per_fte_per_year")
    BigDecimal eurosPerFtePerYear;

    String source;

    /** An estimate, not a sourced figure: every figure made with it says so. */
    boolean assumption;

    @Column(name = "valid_from")
    LocalDate validFrom;

    @Column(name = "valid_to")
    LocalDate validTo;

    @Column(name = "registered_by")
    String registeredBy;

    @Column(name = "registered_at")
    Instant registeredAt;
}
