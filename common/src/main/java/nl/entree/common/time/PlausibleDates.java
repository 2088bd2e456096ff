package nl.entree.common.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.vocabulary.Assessment;

/**
 * The dates a request may carry. A contact received in 1900 or hours booked for 1900 are typing errors, and taken
 * as they are they distort caseloads (a wait of 66 million minutes) and retention. So every service accepts:
 * <ul>
 * <li>moments and work dates from {@link #EARLIEST} to now, plus {@link #CLOCK_SKEW} for a client whose clock
 * runs ahead;</li>
 * <li>incident dates up to {@link #INCIDENT_HISTORY} before the contact: people seek help for what happened in
 * their childhood, so an incident may lie long before 2000, but not before anyone now alive.</li>
 * </ul>
 * Violations are 400 problem+json naming the field. docs/architecture.md ("Dates") names the same range.
 */
public final class PlausibleDates {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    public static final Period INCIDENT_HISTORY = Period.ofYears(100);

    private PlausibleDates() {
    }

    /** A moment something was recorded: from 2000-01-01 (Dutch time) to five minutes from now. */
    public static void requireRecorded(String field, Instant value, Clock clock, ZoneId zone) {
        if (value.isBefore(EARLIEST.atStartOfDay(zone).toInstant())) {
            throw ProblemException.badRequest(field, "must not lie before " + EARLIEST);
        }
        if (value.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw ProblemException.badRequest(field, "must not lie in the future");
        }
    }

    /** A day work was done: from 2000-01-01 to today, with the clock skew, in {@code zone}. */
    public static void requireRecorded(String field, LocalDate value, Clock clock, ZoneId zone) {
        if (value.isBefore(EARLIEST)) {
            throw ProblemException.badRequest(field, "must not lie before " + EARLIEST);
        }
        if (value.isAfter(LocalDate.ofInstant(clock.instant().plus(CLOCK_SKEW), zone))) {
            throw ProblemException.badRequest(field, "must not lie in the future");
        }
    }

    /**
     * The dates of an assessment, as intake checks them when it records the contact, so that what intake accepted
     * triage accepts too: {@code receivedAt} as {@link #requireRecorded(String, Instant, Clock, ZoneId)} in Dutch
     * time, the incident not after the day (in the Netherlands) it was reported. {@code prefix} is the path of the
     * assessment in the request ({@code ""} or {@code "assessment."}).
     */
    public static void requireAssessment(String prefix, Assessment assessment, Clock clock) {
        requireRecorded(prefix + "receivedAt", assessment.receivedAt(), clock, DutchTime.ZONE);
        if (assessment.incidentDate() != null) {
            requireIncident(prefix + "incidentDate", assessment.incidentDate(),
                    assessment.receivedAt().atZone(DutchTime.ZONE).toLocalDate());
        }
    }

    /** An incident reported on {@code reported}: not after it, and at most a hundred years before it. */
    public static void requireIncident(String field, LocalDate value, LocalDate reported) {
        if (value.isAfter(reported)) {
            throw ProblemException.badRequest(field, "must not be after receivedAt");
        }
        if (value.isBefore(reported.minus(INCIDENT_HISTORY))) {
            throw ProblemException.badRequest(field, "must not lie more than 100 years before receivedAt");
        }
    }
}
