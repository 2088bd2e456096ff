package nl.entree.capacity.versions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import nl.entree.common.problem.ProblemException;

/**
 * The rules every dated version in capacity follows, hour norms and costs per FTE alike: a version runs from its
 * {@code validFrom} up to (not including) its {@code validTo}; a new one starts today or later, at most
 * {@value #MOST_YEARS_AHEAD} years ahead, and after the version it closes. A mistaken version is corrected in place
 * (it keeps its {@code validFrom}) or, while it has not started, withdrawn.
 */
public final class DatedVersions {

    /** Further ahead is taken for a typo in the year: such a version would close the subject for decades. */
    public static final int MOST_YEARS_AHEAD = 5;

    private DatedVersions() {
    }

    /**
     * The first day of a new version: today when none is asked for. A day in the past, or more than
     * {@value #MOST_YEARS_AHEAD} years ahead, is a 400 on validFrom.
     */
    public static LocalDate start(LocalDate requested, LocalDate today, String kind) {
        LocalDate validFrom = requested == null ? today : requested;
        if (validFrom.isBefore(today)) {
            throw ProblemException.badRequest("validFrom", "must not lie in the past; " + kind
                    + " are not changed retroactively by a new version: correct the version instead");
        }
        LocalDate latest = today.plusYears(MOST_YEARS_AHEAD);
        if (validFrom.isAfter(latest)) {
            throw ProblemException.badRequest("validFrom", "must lie at most " + MOST_YEARS_AHEAD
                    + " years ahead, on or before " + latest);
        }
        return validFrom;
    }

    /**
     * The day the version in force ends: the new one's first day, which must come after the open version's own
     * (409 otherwise). {@code inForce} names it, such as "The norm in force for CSG_ACUTE".
     */
    public static LocalDate closeAt(LocalDate openFrom, LocalDate validFrom, String inForce) {
        if (!validFrom.isAfter(openFrom)) {
            throw ProblemException.conflict(inForce + " starts on " + openFrom
                    + "; a new version must start after that. A version that has not started yet can be withdrawn.");
        }
        return validFrom;
    }

    /**
     * A version is withdrawn only while it has not started: once it has, figures were counted with it, and it is
     * corrected instead, with a reason. {@code version} names it, such as "The norm for CSG_ACUTE from 2027-01-01".
     */
    public static void requireNotStarted(LocalDate validFrom, LocalDate today, String version) {
        if (!validFrom.isAfter(today)) {
            throw ProblemException.conflict(version + " has started (today is " + today
                    + "), so figures were counted with it: it cannot be withdrawn. Correct it instead, with a reason.");
        }
    }

    /** Of one subject's versions, the one in force on {@code day}. */
    public static <T> Optional<T> on(List<T> versions, LocalDate day, Function<T, LocalDate> from,
            Function<T, LocalDate> to) {
        return versions.stream()
                .filter(v -> !from.apply(v).isAfter(day) && (to.apply(v) == null || to.apply(v).isAfter(day)))
                .findFirst();
    }

    /**
     * The version for work in the month that starts on {@code firstDay}, of versions sorted by {@code validFrom}.
     * Before the first version the first applies: registering a norm or a cost describes what the work takes or
     * costs, it does not change it. So a first version sets every earlier month too, and correcting it changes them.
     */
    public static <T> Optional<T> forMonth(List<T> versions, LocalDate firstDay, Function<T, LocalDate> from,
            Function<T, LocalDate> to) {
        if (!versions.isEmpty() && firstDay.isBefore(from.apply(versions.get(0)))) {
            return Optional.of(versions.get(0));
        }
        return on(versions, firstDay, from, to);
    }
}
