package nl.entree.forecast.projections;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.entree.common.csv.FormulaSafeCsv;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.forecast.projections.ProjectionApi.ProjectionView;

/**
 * The projection as one CSV table, a row per organisation and year; an empty cell is unknown or suppressed,
 * exactly where the JSON has null.
 */
final class ProjectionCsv {

    @JsonPropertyOrder({"organisation", "year", "months", "contacts", "contacts_low_80", "contacts_high_80",
            "hours_low", "hours_expected", "hours_high", "fte_needed", "fte_available", "fte_gap", "euros",
            "euros_per_contact", "cost_assumption", "synthetic", "scenario", "capacity"})
    record Line(
            @JsonProperty("organisation") Organisation organisation,
            @JsonProperty("year") int year,
            @JsonProperty("months") int months,
            @JsonProperty("contacts") BigDecimal contacts,
            @JsonProperty("contacts_low_80") BigDecimal contactsLow80,
            @JsonProperty("contacts_high_80") BigDecimal contactsHigh80,
            @JsonProperty("hours_low") BigDecimal hoursLow,
            @JsonProperty("hours_expected") BigDecimal hoursExpected,
            @JsonProperty("hours_high") BigDecimal hoursHigh,
            @JsonProperty("fte_needed") BigDecimal fteNeeded,
            @JsonProperty("fte_available") BigDecimal fteAvailable,
            @JsonProperty("fte_gap") BigDecimal gap,
            @JsonProperty("euros") BigDecimal euros,
            @JsonProperty("euros_per_contact") BigDecimal eurosPerContact,
            @JsonProperty("cost_assumption") Boolean costAssumption,
            @JsonProperty("synthetic") boolean synthetic,
            @JsonProperty("scenario") String scenario,
            @JsonProperty("capacity") String capacity) {
    }

    private ProjectionCsv() {
    }

    static String render(ProjectionView p) {
        List<Line> lines = p.rows().stream().map(r -> new Line(r.organisation(), r.year(), r.months(),
                number(r.contacts(), 0), number(r.contactsLow80(), 0), number(r.contactsHigh80(), 0),
                number(r.hoursLow(), 0), number(r.hoursExpected(), 0), number(r.hoursHigh(), 0),
                number(r.fteNeeded(), 2), number(r.fteAvailable(), 2), number(r.gap(), 2), number(r.euros(), 0),
                number(r.eurosPerContact(), 2), r.costAssumption(), r.synthetic(),
                p.scenario(), p.capacity())).toList();
        return FormulaSafeCsv.write(Line.class, lines);
    }

    private static BigDecimal number(Double value, int decimals) {
        return FormulaSafeCsv.decimal(value, decimals);
    }
}
