package nl.entree.triage.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import nl.entree.common.time.DutchTime;

/**
 * A time to respond as the rule set writes it, because how it is written says how it runs. Days ({@code P5D}) are
 * calendar days in Dutch time, as the letter's "vijf dagen" are: they end at the same clock time that many days on.
 * Hours and minutes ({@code PT24H}, {@code PT15M}) are time that passes: a promise of 24 hours to a victim of
 * sextortion is 24 hours, not the 23 or 25 of the day the clocks change. A term with both ({@code P1DT12H}) runs
 * its days on the calendar, then its hours.
 *
 * @param text as written: what the rule set keeps and shows ({@code PT24H} stays {@code PT24H}, never {@code P1D})
 * @param days the calendar days
 * @param time what passes after the days
 */
record Term(String text, long days, Duration time) {

    /**
     * The term an ISO-8601 duration writes; throws {@link java.time.format.DateTimeParseException} for any text
     * {@link Duration#parse} refuses.
     */
    static Term parse(String text) {
        Duration whole = Duration.parse(text);
        int t = text.toUpperCase(Locale.ROOT).indexOf('T');
        String dayPart = t < 0 ? text : text.substring(0, t);
        long days = dayPart.toUpperCase(Locale.ROOT).endsWith("D") ? Duration.parse(dayPart).toDays() : 0;
        return new Term(text, days, whole.minusDays(days));
    }

    /** When the term that starts at {@code start} ends. */
    Instant from(Instant start) {
        return start.atZone(DutchTime.ZONE).plusDays(days).toInstant().plus(time);
    }

    /** Its length with a day as 24 hours: what the limits on a term have always been checked against. */
    Duration length() {
        return time.plusDays(days);
    }

    /**
     * Whether a part counts back ({@code P1DT-1H}): such a term could end before it starts. Any minus sign counts, so
     * that {@code -P-5D} (five days, read twice backwards) is not shown to people as a term of minus five days.
     */
    boolean hasNegativePart() {
        return days < 0 || time.isNegative() || text.indexOf('-') >= 0;
    }

    @JsonValue
    @Override
    public String toString() {
        return text;
    }
}
