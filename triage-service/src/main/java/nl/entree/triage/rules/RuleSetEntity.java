package nl.entree.triage.rules;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "rule_set")
public class RuleSetEntity {

    @Id
    @Column(name = "version")
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "document", nullable = false)
    public JsonNode document;

    @Column(name = "active", nullable = false)
    public boolean active;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;
}
