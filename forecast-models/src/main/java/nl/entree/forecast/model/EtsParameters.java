package nl.entree.forecast.model;

/**
 * Smoothing parameters and initial states of an ETS model. β and γ are in error-correction form (β &lt; α,
 * γ &lt; 1 − α); φ is 1 without damping; {@code seasonals[i]} is the seasonal state used at period i of the first
 * season.
 */
record EtsParameters(double alpha, double beta, double gamma, double phi, double level, double slope,
        double[] seasonals) {
}
