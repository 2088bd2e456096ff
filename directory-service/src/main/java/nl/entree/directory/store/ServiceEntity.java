package nl.entree.directory.store;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import nl.entree.directory.hsds.Service;

@Entity
@Table(name = "service")
public class ServiceEntity {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "status", nullable = false)
    public String status;

    /** Lower-case name, alternate name, description and organisation name: what HSDS {@code search} looks in. */
    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "last_modified", nullable = false)
    public Instant lastModified;

    /** Told to readers as the ETag; a correction or retirement that names an older one is refused. */
    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "document", nullable = false)
    public Service document;

    public void set(Service service, String organizationName) {
        id = UUID.fromString(service.id());
        organizationId = UUID.fromString(service.organizationId());
        name = service.name();
        status = service.status();
        lastModified = service.lastModified();
        searchText = Stream.of(service.name(), service.alternateName(), service.description(), organizationName)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
        document = service.stored();
    }
}
