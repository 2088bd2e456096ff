package nl.entree.forecast.series;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One period of a series: a month, a half year or a year. {@link #ordinal()} numbers periods of one
 * granularity consecutively, so that the distance between two periods shows the gaps between them.
 */
public record Period(Granularity granularity, int year, int index) implements Comparable<Period> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** The period written in the granularity's format, or empty when the text does not fit it. */
    public static Optional<Period> parse(Granularity granularity, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        Matcher m;
        switch (granularity) {
            case MONTH -> {
                m = MONTH.matcher(t);
                if (m.matches()) {
                    int month = Integer.parseInt(m.group(2));
                    if (month >= 1 && month <= 12) {
                        return valid(new Period(granularity, Integer.parseInt(m.group(1)), month));
                    }
                }
            }
            case HALF_YEAR -> {
                m = HALF.matcher(t.toUpperCase(java.util.Locale.ROOT));
                if (m.matches()) {
                    return valid(new Period(granularity, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
                }
            }
            case YEAR -> {
                m = YEAR.matcher(t);
                if (m.matches()) {
                    return valid(new Period(granularity, Integer.parseInt(m.group(1)), 1));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Period> valid(Period p) {
        return p.year >= 1900 && p.year <= 2200 ? Optional.of(p) : Optional.empty();
    }

    /** The granularity a period's text is written in, for files that do not say (published totals). */
    public static Optional<Granularity> granularityOf(String text) {
        for (Granularity g : Granularity.values()) {
            if (parse(g, text).isPresent()) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    public static Period of(YearMonth month) {
        return new Period(Granularity.MONTH, month.getYear(), month.getMonthValue());
    }

    public static Period starting(Granularity granularity, LocalDate start) {
        return switch (granularity) {
            case MONTH -> new Period(granularity, start.getYear(), start.getMonthValue());
            case HALF_YEAR -> new Period(granularity, start.getYear(), start.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> new Period(granularity, start.getYear(), 1);
        };
    }

    public static Period fromOrdinal(Granularity granularity, int ordinal) {
        int perYear = granularity.periodsPerYear();
        return new Period(granularity, Math.floorDiv(ordinal, perYear), Math.floorMod(ordinal, perYear) + 1);
    }

    /**
     * Exact: a year far outside what is stored (YearMonth parses ±999,999,999) fails here instead of wrapping
     * round to a number that indexes the wrong period. Requests are kept to YYYY before they get this far.
     */
    public int ordinal() {
        return Math.addExact(Math.multiplyExact(year, granularity.periodsPerYear()), index - 1);
    }

    public Period plus(int periods) {
        return fromOrdinal(granularity, Math.addExact(ordinal(), periods));
    }

    public LocalDate start() {
        return switch (granularity) {
            case MONTH -> LocalDate.of(year, index, 1);
            case HALF_YEAR -> LocalDate.of(year, index == 1 ? 1 : 7, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The last day of the period. */
    public LocalDate end() {
        return plus(1).start().minusDays(1);
    }

    @Override
    public int compareTo(Period other) {
        return Integer.compare(ordinal(), other.ordinal());
    }

    @Override
    public String toString() {
        return switch (granularity) {
            case MONTH -> String.format("%04d-%02d", year, index);
            case HALF_YEAR -> String.format("%04d-H%d", year, index);
            case YEAR -> String.format("%04d", year);
        };
    }
}
