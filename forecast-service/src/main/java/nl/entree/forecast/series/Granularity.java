package nl.entree.forecast.series;

/** How long one period of a series lasts, and how its periods are written. */
public enum Granularity {
    MONTH(12, "YYYY-MM"),
    HALF_YEAR(2, "YYYY-H1 or YYYY-H2"),
    YEAR(1, "YYYY");

    private final int periodsPerYear;
    private final String format;

    Granularity(int periodsPerYear, String format) {
        this.periodsPerYear = periodsPerYear;
        this.format = format;
    }

    /** The season length the models use: a year of periods; 1 means no season. */
    public int seasonLength() {
        return periodsPerYear;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    public String format() {
        return format;
    }
}
