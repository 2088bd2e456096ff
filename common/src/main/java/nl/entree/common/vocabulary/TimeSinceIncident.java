package nl.entree.common.vocabulary;

public enum TimeSinceIncident {
    WITHIN_7_DAYS, MORE_THAN_7_DAYS, UNKNOWN
}
