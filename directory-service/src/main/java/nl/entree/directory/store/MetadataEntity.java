package nl.entree.directory.store;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.entree.directory.hsds.Metadata;
import nl.entree.directory.hsds.PublicSources;

@Entity
@Table(name = "metadata")
public class MetadataEntity {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "last_action_date", nullable = false)
    public Instant lastActionDate;

    @Column(name = "last_action_type", nullable = false)
    public String lastActionType;

    @Column(name = "field_name", nullable = false)
    public String fieldName;

    @Column(name = "previous_value", nullable = false)
    public String previousValue;

    @Column(name = "replacement_value", nullable = false)
    public String replacementValue;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** Who edited, as the public may read it: HSDS requires the field, but a staff member's name is not public. */
    public static final String STAFF = "redactie";
    private static final String SYSTEM = "system:";

    /** The change with who made it, for staff who correct the directory. */
    public Metadata toHsds() {
        return new Metadata(id.toString(), resourceId.toString(), resourceType, lastActionDate, lastActionType,
                fieldName, previousValue, replacementValue, updatedBy);
    }

    /**
     * The change without the token subject of the person who made it (the directory's own jobs stay named), and
     * with every source in its values as the public may read it ({@link PublicSources}).
     */
    public Metadata toPublicHsds() {
        return new Metadata(id.toString(), resourceId.toString(), resourceType, lastActionDate, lastActionType,
                fieldName, PublicSources.historyValue(fieldName, previousValue),
                PublicSources.historyValue(fieldName, replacementValue),
                updatedBy.startsWith(SYSTEM) ? updatedBy : STAFF);
    }
}
