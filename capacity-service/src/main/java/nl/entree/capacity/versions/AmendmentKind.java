package nl.entree.capacity.versions;

/** What happened to a version after it was registered: corrected in place, or withdrawn before it started. */
public enum AmendmentKind {
    CORRECTED,
    WITHDRAWN
}
