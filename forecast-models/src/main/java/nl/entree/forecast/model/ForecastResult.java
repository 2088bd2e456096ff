package nl.entree.forecast.model;

import java.util.List;
import java.util.Map;

/**
 * @param model      the model that made the forecast, for example {@code ETS(A,Ad,N)}
 * @param parameters its fitted parameters by name (alpha, beta, gamma, phi, sigma, ...)
 * @param mean       the point forecast for each of the horizon periods
 * @param intervals  per level (80, 95): the lower and upper bound for each period
 * @param backtest   the rolling-origin backtest of every candidate model
 * @param notes      plain-language remarks, e.g. why a seasonal model was not considered
 * @param components for the combination, the models it averages (an ETS form, theta, an ARIMA order); else empty
 */
public record ForecastResult(String model, Map<String, Double> parameters, double[] mean,
        Map<Integer, Interval> intervals, List<BacktestScore> backtest, List<String> notes, List<String> components) {

    public record Interval(double[] lower, double[] upper) {
    }
}
