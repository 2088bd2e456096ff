package nl.entree.triage.rules;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A replay report as it was made: the evidence an activation rests on. */
@Entity
@Table(name = "rule_set_replay")
public class ReplayRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "version", nullable = false, updatable = false)
    public int version;

    @Column(name = "made_at", nullable = false, updatable = false)
    public Instant madeAt;

    @Column(name = "made_by", nullable = false, updatable = false)
    public String madeBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "report", nullable = false, updatable = false)
    public ReplayReport report;
}
