package nl.entree.common.contract;

/** Help outside the six organisations that a case is referred on to. */
public enum ReferralKind {
    GGZ, GP, POLICE_REPORT, PERSPECTIEF_HERSTELBEMIDDELING, WMO, OTHER
}
