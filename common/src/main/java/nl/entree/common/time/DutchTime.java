package nl.entree.common.time;

import java.time.ZoneId;

/**
 * The suite's one time zone: every day, month and year a person or a ministry reads is a Dutch calendar one (an
 * incident date, a deadline's day, a month's counts, an opening hour, the night a retention job runs). Instants are
 * kept in UTC; this is only how they are read. It is not a setting: two services reading one instant into two
 * different days would count the same case in two months.
 */
public final class DutchTime {

    /** For annotations, which take a constant text: a scheduled job's {@code timeZone}. */
    public static final String ZONE_ID = "Europe/Amsterdam";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private DutchTime() {
    }
}
