package nl.entree.common.vocabulary;

public enum Channel {
    CHAT, PHONE, EMAIL, WALK_IN, POLICE_REFERRAL, PROFESSIONAL_REFERRAL, SELF_CHECK,
    /** A question asked anonymously at the public front door (help), answered there by pickup code. */
    WEB_QUESTION
}
