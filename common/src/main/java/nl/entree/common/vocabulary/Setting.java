package nl.entree.common.vocabulary;

public enum Setting {
    HOME, SPORT, ONLINE, WORK, EDUCATION, PUBLIC, CARE, OTHER, UNKNOWN
}
