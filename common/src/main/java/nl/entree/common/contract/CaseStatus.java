package nl.entree.common.contract;

/** The referral lifecycle of a case in triage-service. */
public enum CaseStatus {
    /** Waiting for the lead organisation to accept it. */
    OFFERED,
    /** A casemanager of the lead organisation has taken it on. */
    ACCEPTED,
    /** Declined by the lead or matched by no lead rule: a coordinator decides. */
    NEEDS_REVIEW,
    /** Finished, with an outcome. */
    CLOSED;

    public boolean open() {
        return this != CLOSED;
    }
}
