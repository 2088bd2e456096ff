package nl.entree.common.vocabulary;

public enum Organisation {
    CSG, VT, SHN, HELPWANTED, CVSN, FIER
}
