package nl.entree.forecast.forecasting;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.forecast.series.Granularity;

public final class ForecastApi {

    private ForecastApi() {
    }

    @Schema(name = "Forecast")
    public record ForecastView(
            String series,
            Organisation organisation,
            CaseType caseType,
            Granularity granularity,
            String unit,
            boolean synthetic,
            @Schema(description = "say this wherever the forecast is shown, e.g. 'synthetic, calibrated to published annual totals'") String label,
            String lastObserved,
            @Schema(description = "the model that made the points, e.g. ETS(A,Ad,N)") String model,
            Map<String, Double> parameters,
            List<Point> points,
            @Schema(description = "rolling-origin backtest (expanding window, horizons 1-12) of every candidate") List<BacktestRow> backtest,
            List<String> notes,
            @Schema(description = "periods covered by a one-off event (media, campaign), left out of fitting") List<String> eventPeriods) {
    }

    @Schema(name = "ForecastPoint", description = "intervals by level (80, 95); counts cannot be negative, so bounds are cut at 0")
    public record Point(String period, double mean, Map<Integer, Bounds> intervals) {
    }

    public record Bounds(double lower, double upper) {
    }

    @Schema(name = "BacktestRow", description = "null where a measure could not be computed")
    public record BacktestRow(String model, Double mae, Double mase, Double smape, Double coverage80,
            Double coverage95, int origins) {
    }

    @Schema(name = "Anomalies")
    public record AnomaliesView(String series, double threshold, String method, List<Anomaly> anomalies) {
    }

    @Schema(name = "Anomaly", description = "observed is null (suppressed) for ministries when below 10")
    public record Anomaly(String period, Long observed, boolean suppressed, double expected, double score,
            @Schema(description = "the event that best explains it (the shortest covering one), or null") String event,
            List<String> events) {
    }
}
