package nl.entree.capacity.timeentries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.entree.common.contract.Activity;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

@Entity
@Table(name = "time_entry")
public class TimeEntry {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    public CaseType caseType;

    public int minutes;

    @Column(name = "work_date")
    public LocalDate workDate;

    @Enumerated(EnumType.STRING)
    public Activity activity;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "registered_at")
    public Instant registeredAt;

    /** The entry this one corrects, or null for a first registration. */
    public UUID corrects;

    /** The Idempotency-Key it was booked with, unique per organisation; null when none was sent. */
    @Column(name = "request_key")
    public String requestKey;

    /** Whether a request with the same key asks for these hours, or for others. */
    boolean sameAs(TimeEntryRequest request) {
        return caseId.equals(request.caseId()) && caseType == request.caseType() && minutes == request.minutes()
                && workDate.equals(request.date()) && activity == request.activity();
    }
}
