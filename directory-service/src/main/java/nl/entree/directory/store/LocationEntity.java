package nl.entree.directory.store;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import nl.entree.directory.hsds.Location;

@Entity
@Table(name = "location")
public class LocationEntity {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "last_modified", nullable = false)
    public Instant lastModified;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "document", nullable = false)
    public Location document;

    public void set(Location location, Instant modified) {
        id = UUID.fromString(location.id());
        organizationId = UUID.fromString(location.organizationId());
        name = location.name() == null ? "" : location.name();
        lastModified = modified;
        document = location.stored();
    }
}
