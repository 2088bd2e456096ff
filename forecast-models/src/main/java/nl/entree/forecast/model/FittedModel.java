package nl.entree.forecast.model;

import java.util.List;
import java.util.Map;

/** A model fitted to one series, ready to forecast from the end of that series. */
interface FittedModel {

    String name();

    Map<String, Double> parameters();

    double[] mean(int horizon);

    /** Lower and upper bound for each level in percent (for example 80 and 95). */
    Map<Integer, ForecastResult.Interval> intervals(int horizon, List<Integer> levels);
}
