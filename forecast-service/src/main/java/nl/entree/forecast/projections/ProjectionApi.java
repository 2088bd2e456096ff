package nl.entree.forecast.projections;

import java.time.YearMonth;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.forecast.forecasting.ForecastApi.BacktestRow;

public final class ProjectionApi {

    public static final String CAPACITY_AVAILABLE = "AVAILABLE";
    public static final String CAPACITY_UNAVAILABLE = "UNAVAILABLE";

    private ProjectionApi() {
    }

    @Schema(name = "Projection")
    public record ProjectionView(
            @Schema(implementation = String.class, example = "2026-01") YearMonth from,
            @Schema(implementation = String.class, example = "2028-12") YearMonth to,
            String scenario,
            @Schema(description = "AVAILABLE, or UNAVAILABLE when capacity-service did not answer: then every hours "
                    + "and FTE field is null and the contacts still stand") String capacity,
            @Schema(description = "how the 80% intervals of months and series were added up") String intervalMethod,
            List<Row> rows,
            @Schema(description = "organisation × caseType lines without an hour norm: not in the hours") List<WithoutNorm> withoutNorm,
            List<SeriesUsed> series,
            List<String> notes) {
    }

    @Schema(name = "ProjectionRow", description = "one organisation in one year (the months of the year within from..to)")
    public record Row(
            Organisation organisation,
            int year,
            int months,
            @Schema(description = "projected contacts (observed counts for months already observed)") Double contacts,
            Double contactsLow80,
            Double contactsHigh80,
            @Schema(description = "true when, for a ministry, the contacts are fewer than 10, rest on a suppressed "
                    + "month or on a month a series is projected below 10 in, or leave out a withheld series: then "
                    + "contacts, bounds, hours, FTE needed and gap are all null. For a ministry a bound below 10 is "
                    + "null too, and so is one that a month's bound below 10 goes into") boolean suppressed,
            @Schema(description = "norm range applied to the expected contacts") Double hoursLow,
            Double hoursExpected,
            Double hoursHigh,
            Double fteNeeded,
            Double fteAvailable,
            @Schema(description = "fteNeeded - fteAvailable; positive is a shortage") Double gap,
            @Schema(description = "the expected hours at the organisation's cost per FTE (capacity-service "
                    + "/api/costs); null when no cost is registered, or suppressed with the contacts") Double euros,
            @Schema(description = "euros per contact with an hour norm") Double eurosPerContact,
            @Schema(description = "true when the cost per FTE behind the euros is an estimate, not a sourced figure")
            Boolean costAssumption,
            @Schema(description = "true when any series behind this row is synthetic") boolean synthetic) {
    }

    @Schema(name = "ProjectionWithoutNorm", description = "cases is null (suppressed) for a ministry when fewer "
            + "than 10, resting on a suppressed month or on a month projected below 10, or leaving out a withheld "
            + "series")
    public record WithoutNorm(Organisation organisation, CaseType caseType, YearMonth firstMonth, YearMonth lastMonth,
            Double cases, boolean suppressed) {
    }

    @Schema(name = "ProjectionSeries")
    public record SeriesUsed(String id, Organisation organisation, CaseType caseType,
            @Schema(description = "the model auto chose for this series, as in GET /api/forecasts/{id}") String model,
            @Schema(description = "for the combination, the models it takes the median of; else empty")
            List<String> components,
            @Schema(description = "every candidate's rolling-origin backtest; the chosen model's intervals are "
                    + "rescaled by its intervalScale80") List<BacktestRow> backtest,
            String lastObserved, boolean synthetic, String label,
            @Schema(description = "true when every count of the series is hidden from the caller (a ministry): "
                    + "it is not projected, and its organisation's rows and its line without a norm are suppressed")
            boolean withheld) {
    }
}
