package nl.entree.forecast.model;

/**
 * Rolling-origin (expanding window) backtest of one model over horizons 1..12.
 *
 * @param coverage80 share of outcomes inside the 80% interval (0..1)
 * @param coverage95 share of outcomes inside the 95% interval (0..1)
 * @param origins    number of forecast origins evaluated
 * @param intervalScale80 how much the model's own 80% band must be widened (above 1) or narrowed (below 1) to have
 *                   held 80% of these outcomes; the forecast's intervals are rescaled by it. NaN with too few outcomes
 */
public record BacktestScore(String model, double mae, double mase, double smape, double coverage80, double coverage95,
        int origins, double intervalScale80) {
}
