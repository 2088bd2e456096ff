package nl.entree.capacity.empirical;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/** A row of the empirical norms as a ministry was first shown it, for one organisation, case type and year. */
@Entity
@Table(name = "published_empirical_norm")
class PublishedEmpiricalNorm {

    @Id
    UUID id;

    @Enumerated(EnumType.STRING)
    Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    CaseType caseType;

    int year;

    @JdbcTypeCode(SqlTypes.JSON)
    EmpiricalNorms.Row row;

    @Column(name = "published_at")
    Instant publishedAt;
}
