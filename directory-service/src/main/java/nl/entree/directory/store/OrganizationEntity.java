package nl.entree.directory.store;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import nl.entree.directory.hsds.Organization;

@Entity
@Table(name = "organization")
public class OrganizationEntity {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "code")
    public String code;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "last_modified", nullable = false)
    public Instant lastModified;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "document", nullable = false)
    public Organization document;

    public void set(Organization org, Instant modified) {
        id = UUID.fromString(org.id());
        code = org.entreeCode().orElse(null);
        name = org.name();
        lastModified = modified;
        document = org.stored();
    }
}
