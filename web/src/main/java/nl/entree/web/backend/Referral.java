package nl.entree.web.backend;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.Organisation;

/**
 * An onward referral as triage lists it ({@code ReferralViews.ReferralView}); kind, failure reason and state are
 * triage's own lists, so text here. {@code waitingDays} runs from asked to started, or to today while it waits.
 * {@code progressBy} records its next step: the referring organisation while it is on the case, else the lead; null
 * once it started or failed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Referral(UUID id, String kind, Organisation referredBy, LocalDate askedOn, LocalDate acceptedOn,
        LocalDate startedOn, LocalDate failedOn, String failureReason, String state, Long waitingDays,
        Organisation progressBy) {

    /** The code of the organisation that records the next step, as the viewer's organisation is named. */
    public String progressor() {
        return progressBy == null ? null : progressBy.name();
    }
}
