package nl.entree.forecast.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One exponential smoothing state-space form ETS(error, trend, season) in the notation of Hyndman et al.
 * (Forecasting with Exponential Smoothing, 2008): error A or M, trend N, A or Ad (damped), season N, A or M.
 *
 * <p>The automatic choice considers Hyndman's usual admissible set (the default of R's {@code forecast::ets}):
 * every form except additive error with multiplicative season (ETS(A,N,M), ETS(A,A,M), ETS(A,Ad,M)), which is
 * numerically unstable; multiplicative trends are not implemented. That leaves 15 forms, fewer when the data are
 * not strictly positive (no multiplicative error or season) or shorter than two seasons (no season). The three
 * excluded forms can still be asked for by name.
 */
record EtsForm(boolean multiplicativeError, Trend trend, Season season) implements Candidate {

    enum Trend {
        NONE("N"), ADDITIVE("A"), DAMPED("Ad");

        final String code;

        Trend(String code) {
            this.code = code;
        }
    }

    enum Season {
        NONE("N"), ADDITIVE("A"), MULTIPLICATIVE("M");

        final String code;

        Season(String code) {
            this.code = code;
        }
    }

    private static final Pattern FORM = Pattern.compile("ETS\\(([AM]),(N|A|AD),([NAM])\\)");

    /** Parses {@code ETS(M,Ad,M)} (case and spaces do not matter); null when the text is not an ETS form. */
    static EtsForm parse(String text) {
        Matcher matcher = FORM.matcher(text.replace(" ", "").toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return null;
        }
        Trend trend = switch (matcher.group(2)) {
            case "N" -> Trend.NONE;
            case "A" -> Trend.ADDITIVE;
            default -> Trend.DAMPED;
        };
        Season season = switch (matcher.group(3)) {
            case "N" -> Season.NONE;
            case "A" -> Season.ADDITIVE;
            default -> Season.MULTIPLICATIVE;
        };
        return new EtsForm(matcher.group(1).equals("M"), trend, season);
    }

    /** The forms the automatic choice considers. */
    static List<EtsForm> admissible(boolean seasonal, boolean strictlyPositive) {
        List<EtsForm> forms = new ArrayList<>();
        for (boolean multiplicativeError : new boolean[] {false, true}) {
            if (multiplicativeError && !strictlyPositive) {
                continue;
            }
            for (Trend trend : Trend.values()) {
                for (Season season : Season.values()) {
                    if (season != Season.NONE && !seasonal) {
                        continue;
                    }
                    if (season == Season.MULTIPLICATIVE && (!multiplicativeError || !strictlyPositive)) {
                        continue;
                    }
                    forms.add(new EtsForm(multiplicativeError, trend, season));
                }
            }
        }
        return forms;
    }

    boolean needsPositiveData() {
        return multiplicativeError || season == Season.MULTIPLICATIVE;
    }

    /** Class 1 of Hyndman et al.: linear, homoscedastic, with exact analytic forecast variances. */
    boolean linear() {
        return !multiplicativeError && season != Season.MULTIPLICATIVE;
    }

    boolean seasonal() {
        return season != Season.NONE;
    }

    boolean trended() {
        return trend != Trend.NONE;
    }

    boolean damped() {
        return trend == Trend.DAMPED;
    }

    @Override
    public String name() {
        return "ETS(" + (multiplicativeError ? "M" : "A") + "," + trend.code + "," + season.code + ")";
    }

    @Override
    public int minimumLength(int seasonLength) {
        return seasonal() ? 2 * seasonLength : Forecaster.MIN_FOR_ETS;
    }

    @Override
    public FittedModel fit(double[] values, int seasonLength) {
        return EtsFitter.fit(this, values, seasonLength, EtsFitter.FORECAST_PATHS);
    }

    @Override
    public String toString() {
        return name();
    }
}
