package nl.entree.forecast.model;

import java.util.List;

/** Fits every admissible ETS form and keeps the one with the lowest AICc. */
final class EtsSelection {

    private EtsSelection() {
    }

    /** The best fit by AICc, or null when no form could be fitted. */
    static EtsFit best(List<EtsForm> forms, double[] values, int seasonLength) {
        EtsFit best = null;
        for (EtsForm form : forms) {
            EtsFit fit;
            try {
                fit = EtsFitter.fit(form, values, seasonLength, EtsFitter.FORECAST_PATHS);
            } catch (IllegalArgumentException notApplicable) {
                continue;
            }
            if (Double.isFinite(fit.aicc()) && (best == null || fit.aicc() < best.aicc())) {
                best = fit;
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
