package nl.entree.common.vocabulary;

public enum VictimAgeGroup {
    UNDER_12, AGE_12_17, ADULT, UNKNOWN
}
