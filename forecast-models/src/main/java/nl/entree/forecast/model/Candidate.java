package nl.entree.forecast.model;

/** A model form that can be fitted to a series; {@code Double.NaN} in the series is a gap. */
interface Candidate {

    String name();

    FittedModel fit(double[] values, int seasonLength);

    /** Fits again on a longer window; {@code previous} is this candidate's fit at the previous backtest origin. */
    default FittedModel refit(double[] values, int seasonLength, FittedModel previous) {
        return fit(values, seasonLength);
    }

    /** Fewest periods (gaps included) this form needs to be fitted. */
    int minimumLength(int seasonLength);
}
