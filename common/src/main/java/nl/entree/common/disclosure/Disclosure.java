package nl.entree.common.disclosure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.enterprise.context.RequestScoped;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.time.DutchTime;

/**
 * Whether the caller gets small counts suppressed. Only the roles that work with cases (coordinator, admin)
 * and the services themselves see every count; anyone else, a ministry first of all, gets what
 * {@link SmallCellSuppression} leaves. Deciding by what the caller lacks fails closed for a role added later.
 */
@RequestScoped
public class Disclosure {

    private final Caller caller;
    private final Clock clock;

    public Disclosure(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    public boolean suppressSmallCounts() {
        return !caller.hasRole(Roles.COORDINATOR) && !caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.SERVICE);
    }

    /**
     * Refuses a month in progress to a caller with small counts suppressed. Its counts still grow, so two reads a
     * day apart would give that day's contacts as their difference, however large each count is.
     *
     * @param field the parameter that names the last month, for the 400
     */
    public void requireCompletedMonth(String field, YearMonth last) {
        YearMonth lastCompleted = lastCompletedMonth(clock);
        if (suppressSmallCounts() && last.isAfter(lastCompleted)) {
            throw ProblemException.badRequest(field, "with small counts hidden, completed months only: "
                    + lastCompleted + " or before");
        }
    }

    /**
     * The last month a ministry may be shown, wherever it is asked: the last that ended in the Netherlands at least a
     * day ago. A month is frozen as it stood when first shown or pulled (privacy.md), and the cases intake's outbox
     * delivers just after midnight still belong in the month that ended; a day later they are in.
     */
    public static YearMonth lastCompletedMonth(Clock clock) {
        return YearMonth.from(settledDay(clock)).minusMonths(1);
    }

    /**
     * The moment {@code month} counts as completed, and may first be frozen: the start of the second day after it,
     * Dutch time.
     */
    public static Instant completedAt(YearMonth month) {
        return month.plusMonths(1).atDay(2).atStartOfDay(DutchTime.ZONE).toInstant();
    }

    /**
     * The line a ministry's month is drawn at in intake and in triage: the contacts triage took in before it, whenever
     * each service freezes the month, so that both count the same contacts. It lies five minutes before
     * {@link #completedAt}, longer than a transaction may run (60 s by default), so a case stamped before the line
     * has committed before any freeze can read it.
     */
    public static Instant takenInBefore(YearMonth month) {
        return completedAt(month).minus(Duration.ofMinutes(5));
    }

    /** The last calendar year that ended in the Netherlands at least a day ago, for the same reason. */
    public static int lastCompletedYear(Clock clock) {
        return settledDay(clock).getYear() - 1;
    }

    /** Yesterday in the Netherlands: the periods that ended before it have settled. */
    private static LocalDate settledDay(Clock clock) {
        return LocalDate.now(clock.withZone(DutchTime.ZONE)).minusDays(1);
    }
}
