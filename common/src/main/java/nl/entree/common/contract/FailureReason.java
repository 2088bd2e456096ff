package nl.entree.common.contract;

/**
 * Why a referral did not lead to help, after the closure reasons of case-management systems such as Primero: a
 * reason a coordinator can count and act on, not a story.
 */
public enum FailureReason {
    /** The person chose not to go ahead. */
    PERSON_DECLINED,
    /** The person could not be reached to arrange it. */
    PERSON_NOT_REACHED,
    /** The provider found the person outside what it offers. */
    NOT_ELIGIBLE,
    /** The provider had no place, and no waiting list to join. */
    NO_CAPACITY,
    /** Nothing of this kind is offered in the region. */
    NOT_AVAILABLE_IN_REGION,
    OTHER
}
