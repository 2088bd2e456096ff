package nl.entree.triage.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import nl.entree.common.vocabulary.Organisation;

/** An organisation supporting a case's lead: since when, and whether it has acknowledged its part. */
@Entity
@Table(name = "case_supporter")
public class CaseSupporter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    public CaseEntity ofCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation", nullable = false, updatable = false)
    public Organisation organisation;

    @Column(name = "added_at", nullable = false, updatable = false)
    public Instant addedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
}
