package nl.entree.forecast.projections;

import java.util.Locale;

import nl.entree.forecast.projections.ProjectionApi.ProjectionView;
import nl.entree.forecast.projections.ProjectionApi.Row;

/** The projection as one CSV table, a row per organisation and year; an empty cell is unknown or suppressed. */
final class ProjectionCsv {

    static final String HEADER = "organisation,year,months,contacts,contacts_low_80,contacts_high_80,hours_low,"
            + "hours_expected,hours_high,fte_needed,fte_available,fte_gap,synthetic,scenario,capacity";

    private ProjectionCsv() {
    }

    static String render(ProjectionView p) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Row r : p.rows()) {
            sb.append(r.organisation()).append(',')
                    .append(r.year()).append(',')
                    .append(r.months()).append(',')
                    .append(number(r.contacts(), 0)).append(',')
                    .append(number(r.contactsLow80(), 0)).append(',')
                    .append(number(r.contactsHigh80(), 0)).append(',')
                    .append(number(r.hoursLow(), 0)).append(',')
                    .append(number(r.hoursExpected(), 0)).append(',')
                    .append(number(r.hoursHigh(), 0)).append(',')
                    .append(number(r.fteNeeded(), 2)).append(',')
                    .append(number(r.fteAvailable(), 2)).append(',')
                    .append(number(r.gap(), 2)).append(',')
                    .append(r.synthetic()).append(',')
                    .append(quote(p.scenario())).append(',')
                    .append(p.capacity()).append('\n');
        }
        return sb.toString();
    }

    private static String number(Double value, int decimals) {
        if (value == null || !Double.isFinite(value)) {
            return "";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String quote(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
