package nl.entree.triage.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.entree.common.contract.FailureReason;
import nl.entree.common.contract.ReferralKind;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

@Entity
@Table(name = "onward_referral")
public class OnwardReferral {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    public ReferralKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", updatable = false)
    public Region region;

    @Enumerated(EnumType.STRING)
    @Column(name = "referred_by", nullable = false, updatable = false)
    public Organisation referredBy;

    @Column(name = "asked_on", nullable = false, updatable = false)
    public LocalDate askedOn;

    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "failed_on")
    public LocalDate failedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_reason")
    public FailureReason failureReason;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** The lead that records its progress since the organisation that made it left the case; null while it has not. */
    @Enumerated(EnumType.STRING)
    @Column(name = "taken_over_by")
    public Organisation takenOverBy;

    ReferralState state() {
        if (failedOn != null) {
            return ReferralState.FAILED;
        }
        if (startedOn != null) {
            return ReferralState.STARTED;
        }
        return acceptedOn != null ? ReferralState.ACCEPTED : ReferralState.ASKED;
    }

    enum ReferralState {
        ASKED, ACCEPTED, STARTED, FAILED
    }
}
