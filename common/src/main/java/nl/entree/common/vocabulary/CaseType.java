package nl.entree.common.vocabulary;

public enum CaseType {
    CSG_ACUTE(Organisation.CSG),
    CSG_NON_ACUTE(Organisation.CSG),
    VT_SAFETY_ASSESSMENT(Organisation.VT),
    SHN_SUPPORT(Organisation.SHN),
    HELPWANTED_ADVICE(Organisation.HELPWANTED),
    CVSN_CASE(Organisation.CVSN),
    FIER_CASE(Organisation.FIER);

    private final Organisation organisation;

    CaseType(Organisation organisation) {
        this.organisation = organisation;
    }

    public Organisation organisation() {
        return organisation;
    }
}
