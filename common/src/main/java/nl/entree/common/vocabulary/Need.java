package nl.entree.common.vocabulary;

public enum Need {
    MEDICAL, FORENSIC, PSYCHOLOGICAL, LEGAL, SAFETY, PRACTICAL, CONTENT_REMOVAL, INFORMATION
}
