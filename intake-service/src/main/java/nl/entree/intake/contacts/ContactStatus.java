package nl.entree.intake.contacts;

public enum ContactStatus {
    /** Stored; the outbox has not yet delivered it to triage. */
    RECEIVED,
    /** Triage has decided: lead, priority and respondBy are known. */
    ROUTED,
    /** Triage refused the contact as invalid; an admin must look at it (see GET /api/outbox). */
    DELIVERY_FAILED
}
