/**
 * Forecasting in plain Java. The entry points are {@link nl.entree.forecast.model.Forecaster} and
 * {@link nl.entree.forecast.model.PeakDetector}; a series is a {@code double[]} in time order where
 * {@code Double.NaN} marks a gap (never zero-filled).
 */
package nl.entree.forecast.model;
