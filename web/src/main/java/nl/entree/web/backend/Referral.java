package nl.entree.web.backend;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.Organisation;

/**
 * An onward referral as triage lists it ({@code ReferralViews.ReferralView}); kind, failure reason and state are
 * triage's own lists, so text here. {@code waitingDays} runs from asked to started, or to today while it waits.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Referral(UUID id, String kind, Organisation referredBy, LocalDate askedOn, LocalDate acceptedOn,
        LocalDate startedOn, LocalDate failedOn, String failureReason, String state, Long waitingDays) {

    /** The referring organisation's code, as the viewer's organisation is named. */
    public String referrer() {
        return referredBy == null ? null : referredBy.name();
    }
}
