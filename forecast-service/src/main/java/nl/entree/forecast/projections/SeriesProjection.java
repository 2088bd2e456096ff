package nl.entree.forecast.projections;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.forecast.forecasting.ForecastService;
import nl.entree.forecast.model.ForecastResult;
import nl.entree.forecast.scenarios.Scenario;
import nl.entree.forecast.series.Period;
import nl.entree.forecast.series.SeriesEntity;
import nl.entree.forecast.series.SeriesHistory;

/**
 * One monthly series over time: its observations up to the last observed month, then its forecast with the
 * scenario applied. An observed month has no uncertainty; a gap is NaN.
 */
record SeriesProjection(SeriesEntity series, CaseType caseType, SeriesHistory history,
        ForecastService.Projected projected, Scenario scenario) {

    static final int LEVEL = 80;

    /** Every count hidden from the caller: nothing is projected, and what it is part of is not shown. */
    boolean withheld() {
        return history.observed() == 0;
    }

    YearMonth firstObserved() {
        return month(history.first());
    }

    YearMonth lastObserved() {
        return month(history.last());
    }

    boolean observed(YearMonth m) {
        return !m.isAfter(lastObserved());
    }

    double mean(YearMonth m) {
        if (observed(m)) {
            return observedValue(m);
        }
        int step = step(m);
        return step < 0 ? Double.NaN : projected.result().mean()[step] * factor(m);
    }

    double lower(YearMonth m) {
        if (observed(m)) {
            return observedValue(m);
        }
        int step = step(m);
        return step < 0 ? Double.NaN : interval().lower()[step] * factor(m);
    }

    double upper(YearMonth m) {
        if (observed(m)) {
            return observedValue(m);
        }
        int step = step(m);
        return step < 0 ? Double.NaN : interval().upper()[step] * factor(m);
    }

    private ForecastResult.Interval interval() {
        return projected.result().intervals().get(LEVEL);
    }

    private double factor(YearMonth m) {
        return scenario.factor(series.organisation, series.id, m, lastObserved());
    }

    private int step(YearMonth m) {
        if (projected == null) {
            return -1;
        }
        int step = (int) ChronoUnit.MONTHS.between(lastObserved(), m) - 1;
        return step < projected.result().mean().length ? step : -1;
    }

    private double observedValue(YearMonth m) {
        int index = Period.of(m).ordinal() - history.first().ordinal();
        return index < 0 ? Double.NaN : history.values()[index];
    }

    private static YearMonth month(Period p) {
        return YearMonth.of(p.year(), p.index());
    }
}
