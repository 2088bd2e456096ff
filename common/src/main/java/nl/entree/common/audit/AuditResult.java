package nl.entree.common.audit;

import nl.entree.common.problem.ProblemException;

/** How a read or change ended, as the audit trail records it. */
public enum AuditResult {
    OK,
    NOT_FOUND,
    /** Refused for a reason of the service's own, such as a replayed request that differs from the first. */
    REJECTED,
    INVALID,
    FORBIDDEN,
    CONFLICT,
    REFUSED;

    public static AuditResult of(ProblemException refusal) {
        return switch (refusal.problem().status()) {
            case 400 -> INVALID;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 409 -> CONFLICT;
            default -> REFUSED;
        };
    }
}
