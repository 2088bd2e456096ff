/**
 * Forecasting in plain Java. The entry points are {@link nl.entree.forecast.model.Forecaster} and
 * {@link nl.entree.forecast.model.PeakDetector}; a series is a {@code double[]} in time order where
 * {@code Double.NaN} marks a gap (never zero-filled).
 *
 * <p>Models: the linear trend (the researchers' baseline), seasonal naive, and exponential smoothing state-space
 * models ETS(error, trend, season) with error A/M, trend N/A/Ad and season N/A/M, fitted by maximum likelihood and
 * chosen by AICc. Every candidate is backtested from rolling origins; {@code model=auto} takes the lowest MASE. The
 * module README lists the choices and their reasons.
 */
package nl.entree.forecast.model;
