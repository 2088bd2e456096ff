package nl.entree.common.vocabulary;

public enum Channel {
    CHAT, PHONE, EMAIL, WALK_IN, POLICE_REFERRAL, PROFESSIONAL_REFERRAL, SELF_CHECK
}
