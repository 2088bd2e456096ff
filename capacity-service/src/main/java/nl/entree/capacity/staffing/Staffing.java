package nl.entree.capacity.staffing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/** One version of the staffing of an organisation in a region. A new registration closes the one in force. */
@Entity
@Table(name = "staffing")
public class Staffing {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Organisation organisation;

    /** Null: staff not assigned to a region. */
    @Enumerated(EnumType.STRING)
    public Region region;

    public double fte;

    /** Null: the configured default applies. */
    @Column(name = "contract_hours_per_fte_per_week")
    public Double contractHoursPerFtePerWeek;

    /** Null: the configured default applies. */
    @Column(name = "productive_share")
    public Double productiveShare;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When this version came into force: when it was registered. */
    @Column(name = "valid_from")
    public Instant validFrom;

    /** Null while in force; otherwise when the next version replaced it. */
    @Column(name = "valid_to")
    public Instant validTo;
}
