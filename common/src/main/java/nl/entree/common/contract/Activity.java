package nl.entree.common.contract;

/** What the time was spent on. A closed list, so that no free text about a person can slip in. */
public enum Activity {
    INTAKE,
    CASEMANAGEMENT,
    CONSULTATION,
    TRAVEL,
    OTHER
}
