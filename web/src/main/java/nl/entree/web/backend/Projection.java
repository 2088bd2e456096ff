package nl.entree.web.backend;

import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/**
 * forecast's {@code GET /api/projections}: contacts, hours, FTE and euros per organisation and year, the lines without
 * an hour norm, and the series with how their model was chosen. {@code capacity} is AVAILABLE or UNAVAILABLE (then
 * every hours and FTE figure is null). For a ministry a suppressed figure is null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Projection(YearMonth from, YearMonth to, String scenario, String capacity, String intervalMethod,
        List<Row> rows, List<WithoutNorm> withoutNorm, List<SeriesUsed> series, List<String> notes) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(Organisation organisation, int year, int months, Double contacts, Double contactsLow80,
            Double contactsHigh80, boolean suppressed, Double hoursLow, Double hoursExpected, Double hoursHigh,
            Double fteNeeded, Double fteAvailable, Double gap, Double euros, Double eurosPerContact,
            Boolean costAssumption, boolean synthetic) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WithoutNorm(Organisation organisation, CaseType caseType, YearMonth firstMonth,
            YearMonth lastMonth, Double cases, boolean suppressed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SeriesUsed(String id, Organisation organisation, CaseType caseType, String model,
            List<String> components, List<BacktestRow> backtest, String lastObserved, boolean synthetic,
            String label) {
    }

    /** One candidate model's rolling-origin backtest (forecast's {@code BacktestRow}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BacktestRow(String model, Double mae, Double mase, Double smape, Double coverage80,
            Double coverage95, int origins, Double intervalScale80) {
    }
}
