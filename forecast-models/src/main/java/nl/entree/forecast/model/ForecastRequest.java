package nl.entree.forecast.model;

import java.util.List;

/**
 * @param values       observations in time order; {@code Double.NaN} is a gap
 * @param seasonLength 12 for months, 2 for half years, 1 for years (no season)
 * @param horizon      periods ahead to forecast
 * @param model        {@code auto}, {@code linear}, {@code snaive}, {@code ets} (best ETS by AICc), or one ETS form
 *                     such as {@code ETS(M,Ad,M)}
 * @param levels       interval levels in percent, for example 80 and 95
 * @param eventMask    true where a known one-off event (a media peak) covers the period; null when none; same length
 *                     as {@code values}
 */
public record ForecastRequest(double[] values, int seasonLength, int horizon, String model, List<Integer> levels,
        boolean[] eventMask) {
}
