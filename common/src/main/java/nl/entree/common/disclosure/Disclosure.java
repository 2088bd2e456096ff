package nl.entree.common.disclosure;

import jakarta.enterprise.context.RequestScoped;

import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;

/**
 * Whether the caller gets small counts suppressed. Only the roles that work with cases (coordinator, admin)
 * and the services themselves see every count; anyone else, a ministry first of all, gets what
 * {@link SmallCellSuppression} leaves. Deciding by what the caller lacks fails closed for a role added later.
 */
@RequestScoped
public class Disclosure {

    private final Caller caller;

    public Disclosure(Caller caller) {
        this.caller = caller;
    }

    public boolean suppressSmallCounts() {
        return !caller.hasRole(Roles.COORDINATOR) && !caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.SERVICE);
    }
}
