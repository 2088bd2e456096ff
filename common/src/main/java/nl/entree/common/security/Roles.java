package nl.entree.common.security;

/** The values of the token's {@code groups} claim. */
public final class Roles {
    public static final String CASEMANAGER = "casemanager";
    public static final String COORDINATOR = "coordinator";
    public static final String MINISTRY = "ministry";
    public static final String ADMIN = "admin";
    public static final String SERVICE = "service";
    /** Corrects the sociale kaart (directory-service); sees no person-level data anywhere. */
    public static final String EDITOR = "editor";
    /**
     * The public front door ({@code help}): only in front-door tokens, and it opens only endpoints marked
     * {@link FrontDoor}.
     */
    public static final String PUBLIC = "public";

    private Roles() {
    }
}
