package nl.entree.common.contract;

/** A step of an onward referral: the provider accepted it, the help started, or it failed (with a reason). */
public enum ReferralStep {
    ACCEPTED, STARTED, FAILED
}
