package nl.entree.common.vocabulary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import nl.entree.common.time.DutchTime;

/**
 * An incident a week or less before the contact is acute: forensic examination is still possible.
 * Days are counted in Dutch local time, because an incident date is a Dutch calendar date. Only the date is known,
 * not the hour: an incident on the same weekday a week before the contact may be six days and some hours ago, so
 * that day counts as acute too, the side on which nobody misses the examination. From the eighth day on, 7 days
 * have certainly passed.
 */
public final class Acuteness {

    public static final int ACUTE_DAYS = 7;

    private Acuteness() {
    }

    public static TimeSinceIncident timeSinceIncident(LocalDate incidentDate, Instant receivedAt, TimeSinceIncident stated) {
        if (incidentDate != null && receivedAt != null) {
            long days = ChronoUnit.DAYS.between(incidentDate, receivedAt.atZone(DutchTime.ZONE).toLocalDate());
            return days <= ACUTE_DAYS ? TimeSinceIncident.WITHIN_7_DAYS : TimeSinceIncident.MORE_THAN_7_DAYS;
        }
        return stated == null ? TimeSinceIncident.UNKNOWN : stated;
    }
}
