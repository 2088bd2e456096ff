package nl.entree.forecast.scenarios;

import java.time.YearMonth;
import java.util.List;

import nl.entree.common.vocabulary.Organisation;

/** A scenario ready to apply: the factor by which it multiplies one month of one series. */
public record Scenario(String name, List<ScenarioApi.Effect> effects) {

    public static final String BASELINE = "baseline";

    public double factor(Organisation organisation, String seriesId, YearMonth month) {
        double factor = 1;
        for (ScenarioApi.Effect e : effects) {
            if (applies(e, organisation, seriesId) && covers(e, month)) {
                factor *= 1 + e.percent().doubleValue() / 100;
            }
        }
        return factor;
    }

    /**
     * The factor of a forecast month of a series observed up to {@code lastObserved}. A STEP is applied relative to
     * that month, as factor(month) / factor(lastObserved): a STEP that started within the observations is in the
     * level the model fitted already (a LAW is not masked), and multiplying again would count it twice. A PEAK is
     * not divided out: one that covers the last observed month is a passing bump in the fit, not its level.
     */
    public double factor(Organisation organisation, String seriesId, YearMonth month, YearMonth lastObserved) {
        double factor = factor(organisation, seriesId, month);
        for (ScenarioApi.Effect e : effects) {
            if (e.kind() == EffectKind.STEP && applies(e, organisation, seriesId) && covers(e, lastObserved)) {
                factor /= 1 + e.percent().doubleValue() / 100;
            }
        }
        return factor;
    }

    private static boolean applies(ScenarioApi.Effect e, Organisation organisation, String seriesId) {
        boolean anyOrg = e.organisations() == null || e.organisations().isEmpty();
        boolean anySeries = e.series() == null || e.series().isEmpty();
        if (anyOrg && anySeries) {
            return true;
        }
        return (!anyOrg && e.organisations().contains(organisation)) || (!anySeries && e.series().contains(seriesId));
    }

    private static boolean covers(ScenarioApi.Effect e, YearMonth month) {
        if (month.isBefore(e.from())) {
            return false;
        }
        return e.kind() == EffectKind.STEP || month.isBefore(e.from().plusMonths(e.months()));
    }
}
