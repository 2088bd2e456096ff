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

import nl.entree.capacity.versions.AmendmentKind;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/** A norm version as it was before a correction, or whole when it was withdrawn: nothing registered is lost. */
@Entity
@Table(name = "hour_norm_amendment")
class HourNormAmendment {

    @Id
    UUID id;

    @Column(name = "version_id")
    UUID versionId;

    @Enumerated(EnumType.STRING)
    Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    CaseType caseType;

    @Column(name = "valid_from")
    LocalDate validFrom;

    @Enumerated(EnumType.STRING)
    AmendmentKind kind;

    @Column(name = "low_hours")
    double lowHours;

    @Column(name = "expected_hours")
    double expectedHours;

    @Column(name = "high_hours")
    double highHours;

    String source;

    @Column(name = "registered_by")
    String registeredBy;

    @Column(name = "registered_at")
    Instant registeredAt;

    String reason;

    @Column(name = "amended_by")
    String amendedBy;

    @Column(name = "amended_at")
    Instant amendedAt;

    static HourNormAmendment of(HourNorm norm, AmendmentKind kind, String reason, String by, Instant at) {
        HourNormAmendment a = new HourNormAmendment();
        a.id = UUID.randomUUID();
        a.versionId = norm.id;
        a.organisation = norm.organisation;
        a.caseType = norm.caseType;
        a.validFrom = norm.validFrom;
        a.kind = kind;
        a.lowHours = norm.lowHours;
        a.expectedHours = norm.expectedHours;
        a.highHours = norm.highHours;
        a.source = norm.source;
        a.registeredBy = norm.registeredBy;
        a.registeredAt = norm.registeredAt;
        a.reason = reason;
        a.amendedBy = by;
        a.amendedAt = at;
        return a;
    }
}
