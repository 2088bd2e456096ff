package nl.entree.forecast.model;

/**
 * A period far above what the model expected.
 *
 * @param index    position in the series
 * @param score    robust z-score of the residual (residual / (1.4826 × MAD))
 */
public record Peak(int index, double observed, double expected, double score) {
}
