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
