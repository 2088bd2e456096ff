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
            @Schema(description = "the model that made the points: combination, theta, adjusted-ets, an ETS form such "
                    + "as ETS(A,Ad,N), an ARIMA order such as ARIMA(0,1,1)(0,1,1)[12], linear, snaive or naive") String model,
            @Schema(description = "for the combination, the models it takes the median of; else empty")
            List<String> components,
            @Schema(description = "the model's parameters; intervalScale80 is the factor its own 80% band was rescaled by on the backtest") Map<String, Double> parameters,
            List<Point> points,
            @Schema(description = "rolling-origin backtest (expanding window, horizons 1-12) of every candidate; auto takes "
                    + "the combination unless a single model's MASE is more than 30% lower") List<BacktestRow> backtest,
            List<String> notes,
            @Schema(description = "periods covered by a one-off event (media, campaign), left out of fitting") List<String> eventPeriods) {
    }

    @Schema(name = "ForecastPoint", description = "intervals by level (80, 95); counts cannot be negative, so bounds "
            + "are cut at 0. For a ministry a figure above 0 and below 10 is null: it would read as a count below 10")
    public record Point(String period, Double mean, Map<Integer, Bounds> intervals) {
    }

    public record Bounds(Double lower, Double upper) {
    }

    @Schema(name = "BacktestRow", description = "null where a measure could not be computed; coverage80 and coverage95 "
            + "are of the model's own intervals, before rescaling")
    public record BacktestRow(String model, Double mae, Double mase, Double smape, Double coverage80,
            Double coverage95, int origins,
            @Schema(description = "the factor that makes the model's own 80% band hold 80% of these outcomes; the "
                    + "forecast's intervals are rescaled by it; null with fewer than 30 outcomes") Double intervalScale80) {
    }

    @Schema(name = "Anomalies")
    public record AnomaliesView(String series, double threshold, String method, List<Anomaly> anomalies) {
    }

    @Schema(name = "Anomaly", description = "observed is null (suppressed) for ministries when below 10")
    public record Anomaly(String period, Long observed, boolean suppressed,
            @Schema(description = "what the decomposition expected; null for a ministry where it reads as fewer "
                    + "than 10") Double expected,
            double score,
            @Schema(description = "the event that best explains it (the shortest covering one), or null") String event,
            List<String> events) {
    }
}
