package nl.entree.triage.rules;

import java.time.Instant;

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

    @Column(name = "document", nullable = false)
    public String document;

    @Column(name = "active", nullable = false)
    public boolean active;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;
}
