package nl.entree.forecast.triage;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** triage's cases of one month that no rule gave a lead; see V6__triage_cases_without_lead.sql. */
@Entity
@Table(name = "triage_cases_without_lead")
class CasesWithoutLeadEntity {

    /** The first day of the month. */
    @Id
    public LocalDate month;

    @Column(nullable = false)
    public long count;
}
