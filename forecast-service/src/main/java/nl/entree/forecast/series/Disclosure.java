package nl.entree.forecast.series;

import jakarta.enterprise.context.RequestScoped;

import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;

/** What the caller may see of small counts: ministries get no count below {@link #THRESHOLD}. */
@RequestScoped
public class Disclosure {

    public static final long THRESHOLD = 10;

    private final Caller caller;

    public Disclosure(Caller caller) {
        this.caller = caller;
    }

    public boolean suppressSmallCounts() {
        return caller.hasRole(Roles.MINISTRY) && !caller.hasRole(Roles.COORDINATOR) && !caller.hasRole(Roles.ADMIN);
    }

    public boolean hides(Long count) {
        return count != null && count < THRESHOLD && suppressSmallCounts();
    }
}
