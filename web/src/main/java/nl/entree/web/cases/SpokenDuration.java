package nl.entree.web.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time spent, typed as people say it, read into whole minutes. A bare number is hours, because the form is about
 * hours ("Uren schrijven"): "1,5" and "1.5" are 90 minutes. A colon is hours and minutes ("1:30"), so is an hour
 * word followed by a number ("1 u 30", "1u30", "1 uur 30 min"); a minute word makes minutes ("90 min", "45m").
 * The point is never read as a thousands separator: nobody books a thousand hours. A point or comma before exactly
 * two digits from 01 to 59 ("1.30", "1,30 uur", "1,25") is refused as {@link #ambiguous(String)}: people write it for
 * hours and minutes as often as for a decimal (1:25, or 1,25 hours), and either reading would book the wrong time
 * without a word. With 00 both readings are whole hours, so "2,00" is read.
 */
final class SpokenDuration {

    static final int MAX_MINUTES = 24 * 60;

    private static final String HOUR = "(?:u|uur|uren|h|hr|hrs|hour|hours)";
    private static final String MINUTE = "(?:m|min|mins|minuut|minuten|minute|minutes)";
    private static final Pattern HOURS = Pattern.compile("(\\d{1,3}(?:[.,]\\d{1,3})?|[.,]\\d{1,3})\\s*" + HOUR + "?\\.?");
    private static final Pattern MINUTES = Pattern.compile("(\\d{1,4})\\s*" + MINUTE + "\\.?");
    private static final Pattern TWO_DIGITS = Pattern.compile("(\\d{0,3})[.,]([0-5]\\d)\\s*" + HOUR + "?\\.?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):([0-5]\\d)");
    private static final Pattern HOURS_AND_MINUTES = Pattern.compile(
            "(\\d{1,2})\\s*" + HOUR + "\\.?\\s*(?:en\\s*)?(\\d{1,2})\\s*(?:" + MINUTE + "\\.?)?");

    private SpokenDuration() {
    }

    /** The minutes, or empty when the text is not a duration of 1 minute to 24 hours, or is {@link #ambiguous}. */
    static OptionalInt minutes(String typed) {
        return minutes(typed, 1);
    }

    /** As {@link #minutes(String)}, with {@code least} as the smallest duration accepted (0 for a correction). */
    static OptionalInt minutes(String typed, int least) {
        if (typed == null || ambiguous(typed)) {
            return OptionalInt.empty();
        }
        String text = normal(typed);
        Matcher m;
        long minutes;
        if ((m = CLOCK.matcher(text)).matches() || (m = HOURS_AND_MINUTES.matcher(text)).matches()) {
            int extra = Integer.parseInt(m.group(2));
            if (extra > 59) {
                return OptionalInt.empty();
            }
            minutes = Integer.parseInt(m.group(1)) * 60L + extra;
        } else if ((m = MINUTES.matcher(text)).matches()) {
            minutes = Long.parseLong(m.group(1));
        } else if ((m = HOURS.matcher(text)).matches()) {
            // Half a minute up: 0,01 h is a minute booked, not nothing.
            minutes = new BigDecimal(m.group(1).replace(',', '.')).multiply(BigDecimal.valueOf(60))
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
        } else {
            return OptionalInt.empty();
        }
        return minutes >= least && minutes <= MAX_MINUTES ? OptionalInt.of((int) minutes) : OptionalInt.empty();
    }

    /** "1.30": hours and minutes as a clock writes them, or 1.3 hours? Only the person who typed it knows. */
    static boolean ambiguous(String typed) {
        return asked(typed).isPresent();
    }

    /** Both readings of an {@link #ambiguous} time, for the question; empty for any other text. */
    static Optional<AskedTime> asked(String typed) {
        Matcher m = typed == null ? null : TWO_DIGITS.matcher(normal(typed));
        if (m == null || !m.matches() || "00".equals(m.group(2))) {
            return Optional.empty();
        }
        int hours = m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1));
        int asClock = hours * 60 + Integer.parseInt(m.group(2));
        int asHours = new BigDecimal(hours + "." + m.group(2)).multiply(BigDecimal.valueOf(60))
                .setScale(0, RoundingMode.HALF_UP).intValueExact();
        return Optional.of(new AskedTime(hours, m.group(2), asClock, asHours));
    }

    private static String normal(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Minutes written so that this class reads them back the same: whole hours as "2", anything else as "1:30". */
    static String asTyped(int minutes) {
        if (minutes % 60 == 0) {
            return Integer.toString(minutes / 60);
        }
        return minutes / 60 + ":" + String.format(Locale.ROOT, "%02d", minutes % 60);
    }
}
