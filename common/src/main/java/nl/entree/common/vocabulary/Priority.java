package nl.entree.common.vocabulary;

public enum Priority {
    EMERGENCY, ACUTE, HIGH, NORMAL
}
