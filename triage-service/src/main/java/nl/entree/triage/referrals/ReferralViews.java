package nl.entree.triage.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.contract.FailureReason;
import nl.entree.common.contract.ReferralKind;
import nl.entree.common.contract.ReferralStep;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/** The API records of onward referrals. */
public final class ReferralViews {

    private ReferralViews() {
    }

    public record NewReferral(@NotNull ReferralKind kind, @NotNull LocalDate askedOn) {
    }

    @Schema(description = "A step of a referral on a day: the provider accepted it, the help started, or it failed "
            + "(with a reason)")
    public record Progress(@NotNull ReferralStep step, @NotNull LocalDate on, FailureReason reason) {
    }

    @Schema(description = "A referral onward; waitingDays runs from asked to started, or to today while it waits")
    public record ReferralView(UUID id, ReferralKind kind, Organisation referredBy, LocalDate askedOn,
            LocalDate acceptedOn, LocalDate startedOn, LocalDate failedOn, FailureReason failureReason,
            OnwardReferral.ReferralState state, Long waitingDays,
            @Schema(description = "Who records its next step: referredBy while it is on the case, else the lead; "
                    + "null once it started or failed, or while the case has no lead")
            Organisation progressBy) {
    }

    @Schema(description = "Waiting times from asked to started, per kind and region (region null: all regions), for "
            + "referrals that started in [from, to]; stillWaiting counts those asked by to and not started or "
            + "failed on that day. For ministries a count below 10 is null and suppressed, with the figures over it")
    public record WaitingTimes(LocalDate from, LocalDate to, Region region, List<WaitingTime> rows) {
    }

    /**
     * @param started      referrals that started in the period
     * @param medianDays   the median wait in days from asked to started
     * @param p80Days      the 80th percentile (nearest rank): four in five started within it
     * @param overTenWeeks of those started, how many waited more than ten weeks (the letter's measure)
     * @param stillWaiting asked and neither started nor failed at the end of the period
     */
    public record WaitingTime(ReferralKind kind, Region region, Long started, Double medianDays, Double p80Days,
            Long overTenWeeks, Long stillWaiting, boolean suppressed) {
    }
}
