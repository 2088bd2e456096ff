package nl.entree.directory.store;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import nl.entree.directory.hsds.ServiceAtLocation;

@Entity
@Table(name = "service_at_location")
public class ServiceAtLocationEntity {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    @Column(name = "location_id", nullable = false)
    public UUID locationId;

    @Column(name = "last_modified", nullable = false)
    public Instant lastModified;

    /** Told to readers as the ETag; a correction that names an older one is refused. */
    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "document", nullable = false)
    public ServiceAtLocation document;

    public void set(ServiceAtLocation sal, Instant modified) {
        id = UUID.fromString(sal.id());
        serviceId = UUID.fromString(sal.serviceId());
        locationId = UUID.fromString(sal.locationId());
        lastModified = modified;
        document = sal.stored();
    }
}
