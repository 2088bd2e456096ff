package nl.entree.forecast.model;

import java.util.List;

/** Fits every admissible ETS form and keeps the one with the lowest AICc. */
final class EtsSelection {

    private EtsSelection() {
    }

    /**
     * AICc points by which an undamped trend must beat the damped form of the same error and season to be kept: the
     * damped trend is the safer extrapolation (Gardner and McKenzie 1985; it won the M3 among ETS forms), so a
     * trend that goes on for ever has to earn it.
     */
    static final double DAMPED_PREFERENCE = 2.0;

    /** The best fit by AICc, damped trends preferred as above; null when no form could be fitted. */
    static EtsFit best(List<EtsForm> forms, double[] values, int seasonLength) {
        EtsFit best = null;
        java.util.Map<EtsForm, EtsFit> fits = new java.util.HashMap<>();
        for (EtsForm form : forms) {
            EtsFit fit;
            try {
                fit = EtsFitter.fit(form, values, seasonLength, EtsFitter.FORECAST_PATHS);
            } catch (IllegalArgumentException notApplicable) {
                continue;
            }
            fits.put(form, fit);
            if (Double.isFinite(fit.aicc()) && (best == null || fit.aicc() < best.aicc())) {
                best = fit;
            }
        }
        if (best != null && best.form().trend() == EtsForm.Trend.ADDITIVE) {
            EtsForm dampedForm = new EtsForm(best.form().multiplicativeError(), EtsForm.Trend.DAMPED,
                    best.form().season());
            EtsFit damped = fits.get(dampedForm);
            if (damped != null && damped.aicc() <= best.aicc() + DAMPED_PREFERENCE) {
                return damped;
            }
        }
        return best;
    }

    /**
     * An ETS form re-estimated at every backtest origin. Fewer sample paths than for the final forecast: the
     * coverage of a backtest is an average over many points, so the quantile noise of 300 paths averages out.
     */
    record Refit(EtsForm form, int paths) implements Candidate {

        static final int BACKTEST_PATHS = 300;

        @Override
        public String name() {
            return form.name();
        }

        @Override
        public FittedModel fit(double[] values, int seasonLength) {
            return EtsFitter.fit(form, values, seasonLength, paths);
        }

        @Override
        public FittedModel refit(double[] values, int seasonLength, FittedModel previous) {
            double[] warmStart = previous instanceof EtsFit fit ? fit.searchPoint() : null;
            return EtsFitter.fit(form, values, seasonLength, paths, warmStart);
        }

        @Override
        public int minimumLength(int seasonLength) {
            return form.minimumLength(seasonLength);
        }
    }
}
