package nl.entree.common.vocabulary;

public enum CallerRole {
    VICTIM, RELATIVE, PROFESSIONAL, BYSTANDER, PERPETRATOR
}
