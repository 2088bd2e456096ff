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

import nl.entree.capacity.versions.AmendmentKind;
import nl.entree.common.vocabulary.Organisation;

/** A cost version as it was before a correction, or whole when it was withdrawn: nothing registered is lost. */
@Entity
@Table(name = "fte_cost_amendment")
class FteCostAmendment {

    @Id
    UUID id;

    @Column(name = "version_id")
    UUID versionId;

    @Enumerated(EnumType.STRING)
    Organisation organisation;

    @Column(name = "valid_from")
    LocalDate validFrom;

    @Enumerated(EnumType.STRING)
    AmendmentKind kind;

    @Column(name = "euros_per_fte_per_year")
    BigDecimal eurosPerFtePerYear;

    String source;

    boolean assumption;

    @Column(name = "registered_by")
    String registeredBy;

    @Column(name = "registered_at")
    Instant registeredAt;

    String reason;

    @Column(name = "amended_by")
    String amendedBy;

    @Column(name = "amended_at")
    Instant amendedAt;

    static FteCostAmendment of(FteCost cost, AmendmentKind kind, String reason, String by, Instant at) {
        FteCostAmendment a = new FteCostAmendment();
        a.id = UUID.randomUUID();
        a.versionId = cost.id;
        a.organisation = cost.organisation;
        a.validFrom = cost.validFrom;
        a.kind = kind;
        a.eurosPerFtePerYear = cost.eurosPerFtePerYear;
        a.source = cost.source;
        a.assumption = cost.assumption;
        a.registeredBy = cost.registeredBy;
        a.registeredAt = cost.registeredAt;
        a.reason = reason;
        a.amendedBy = by;
        a.amendedAt = at;
        return a;
    }
}
