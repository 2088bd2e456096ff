package nl.entree.triage.milestones;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "milestone_plan")
public class MilestonePlanEntity {

    @Id
    @Column(name = "version")
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "document", nullable = false, updatable = false)
    public MilestonePlan document;

    @Column(name = "active", nullable = false)
    public boolean active;

    @Column(name = "published_at", nullable = false, updatable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    public String publishedBy;
}
