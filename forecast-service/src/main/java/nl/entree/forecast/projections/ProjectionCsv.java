package nl.entree.forecast.projections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.entree.common.csv.FormulaSafeCsv;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.forecast.projections.ProjectionApi.ProjectionView;
import nl.entree.forecast.projections.ProjectionApi.WithoutNorm;

/**
 * The projection as one CSV table: a line per organisation and year, a line per organisation × caseType without an
 * hour norm and a line per note, told apart by {@code section} ({@code row}, {@code without_norm}, {@code note}), as
 * the JSON has {@code rows}, {@code withoutNorm} and {@code notes}: without them the hours would read as complete. An
 * empty cell is unknown or suppressed, exactly where the JSON has null. The new columns come last, so that a reader of
 * the earlier columns reads them where they were.
 */
final class ProjectionCsv {

    static final String ROW = "row";
    static final String WITHOUT_NORM = "without_norm";
    static final String NOTE = "note";

    @JsonPropertyOrder({"organisation", "year", "months", "contacts", "contacts_low_80", "contacts_high_80",
            "hours_low", "hours_expected", "hours_high", "fte_needed", "fte_available", "fte_gap", "euros",
            "euros_per_contact", "cost_assumption", "synthetic", "scenario", "capacity", "section", "case_type",
            "first_month", "last_month", "cases", "suppressed", "note"})
    record Line(
            @JsonProperty("organisation") Organisation organisation,
            @JsonProperty("year") Integer year,
            @JsonProperty("months") Integer months,
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
            @JsonProperty("synthetic") Boolean synthetic,
            @JsonProperty("scenario") String scenario,
            @JsonProperty("capacity") String capacity,
            @JsonProperty("section") String section,
            @JsonProperty("case_type") CaseType caseType,
            @JsonProperty("first_month") String firstMonth,
            @JsonProperty("last_month") String lastMonth,
            @JsonProperty("cases") BigDecimal cases,
            @JsonProperty("suppressed") Boolean suppressed,
            @JsonProperty("note") String note) {
    }

    private ProjectionCsv() {
    }

    static String render(ProjectionView p) {
        List<Line> lines = new ArrayList<>();
        p.rows().forEach(r -> lines.add(new Line(r.organisation(), r.year(), r.months(),
                number(r.contacts(), 0), number(r.contactsLow80(), 0), number(r.contactsHigh80(), 0),
                number(r.hoursLow(), 0), number(r.hoursExpected(), 0), number(r.hoursHigh(), 0),
                number(r.fteNeeded(), 2), number(r.fteAvailable(), 2), number(r.gap(), 2), number(r.euros(), 0),
                number(r.eurosPerContact(), 2), r.costAssumption(), r.synthetic(),
                p.scenario(), p.capacity(), ROW, null, null, null, null, r.suppressed(), null)));
        for (WithoutNorm w : p.withoutNorm()) {
            lines.add(new Line(w.organisation(), null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, p.scenario(), p.capacity(), WITHOUT_NORM, w.caseType(),
                    text(w.firstMonth()), text(w.lastMonth()), number(w.suppressed() ? null : w.cases(), 0),
                    w.suppressed(), null));
        }
        for (String note : p.notes()) {
            lines.add(new Line(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, p.scenario(), p.capacity(), NOTE, null, null, null, null, null, note));
        }
        return FormulaSafeCsv.write(Line.class, lines);
    }

    private static BigDecimal number(Double value, int decimals) {
        return FormulaSafeCsv.decimal(value, decimals);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
