package nl.entree.web.backend;

/**
 * What web sends triage to act on a case, named as triage's CaseViews and ReferralViews name them. Days, kinds and
 * organisations go as typed (null when left empty), so that triage names a wrong one beside its field.
 */
public final class CaseRequests {

    private CaseRequests() {
    }

    public record Decline(String reason) {
    }

    public record Close(String outcome) {
    }

    public record Reason(String reason) {
    }

    public record MilestoneDone(String doneOn) {
    }

    public record MilestoneCorrection(String doneOn, String reason) {
    }

    public record SupporterChange(String organisation, String reason) {
    }

    public record NewReferral(String kind, String askedOn) {
    }

    public record ReferralProgress(String step, String on, String reason) {
    }
}
