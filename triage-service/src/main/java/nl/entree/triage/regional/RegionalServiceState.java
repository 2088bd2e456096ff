package nl.entree.triage.regional;

/** How far the question "which regional service leads this case?" has been answered. */
public enum RegionalServiceState {
    /** Not asked yet, or the directory did not answer; the resolver will ask (again). */
    PENDING,
    RESOLVED,
    /** The directory knows no regional centre of the lead for the case's region; its national line applies. */
    NOT_IN_DIRECTORY,
    /** No lead or no region: there is nothing to look up. */
    NOT_APPLICABLE
}
