package nl.entree.capacity.staffing;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import nl.entree.common.time.DutchTime;

/** The versions of one organisation's staffing rows (one region's, or all), read once per request. */
public final class StaffingBook {

    private final List<Version> versions;

    StaffingBook(List<Version> versions) {
        this.versions = versions;
    }

    /**
     * The rows in force when {@code month} ended, which for a month not yet over are the rows in force now: a
     * registration counts from the month it is made in, and a month's figures stay fixed once the month is over,
     * since a version never starts in the past. Empty for a month that ended before the first registration.
     */
    public List<StaffingView> endOf(YearMonth month) {
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(DutchTime.ZONE).toInstant();
        return versions.stream()
                .filter(v -> v.validFrom().isBefore(end) && (v.validTo() == null || !v.validTo().isBefore(end)))
                .map(Version::view)
                .toList();
    }

    record Version(Instant validFrom, Instant validTo, StaffingView view) {
    }
}
