package nl.entree.capacity.versions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import nl.entree.common.problem.ProblemException;

/**
 * The rules every dated version in capacity follows, hour norms and costs per FTE alike: a version runs from its
 * {@code validFrom} up to (not including) its {@code validTo}; a new one may not start in the past, so that figures
 * already reported stay reproducible, and must start after the version it closes.
 */
public final class DatedVersions {

    private DatedVersions() {
    }

    /** The first day of a new version: today when none is asked for; a day in the past is a 400 on validFrom. */
    public static LocalDate start(LocalDate requested, LocalDate today, String kind) {
        LocalDate validFrom = requested == null ? today : requested;
        if (validFrom.isBefore(today)) {
            throw ProblemException.badRequest("validFrom", "must not lie in the past; " + kind
                    + " are not changed retroactively");
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
                    + "; a new version must start after that.");
        }
        return validFrom;
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
     * costs, it does not change it.
     */
    public static <T> Optional<T> forMonth(List<T> versions, LocalDate firstDay, Function<T, LocalDate> from,
            Function<T, LocalDate> to) {
        if (!versions.isEmpty() && firstDay.isBefore(from.apply(versions.get(0)))) {
            return Optional.of(versions.get(0));
        }
        return on(versions, firstDay, from, to);
    }
}
