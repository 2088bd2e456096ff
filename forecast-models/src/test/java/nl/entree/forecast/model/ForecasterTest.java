package nl.entree.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ForecasterTest {

    private final Forecaster forecaster = new Forecaster();

    @Test
    void linearModelExtendsAStraightLine() {
        double[] values = new double[30];
        for (int t = 0; t < values.length; t++) {
            values[t] = 10 + 2 * t + (t % 2 == 0 ? 1 : -1);
        }
        ForecastResult result = forecaster.forecast(new ForecastRequest(values, 1, 3, "linear", List.of(80, 95), null));
        assertEquals("linear", result.model());
        assertEquals(10 + 2 * 30, result.mean()[0], 0.5);
        assertEquals(10 + 2 * 32, result.mean()[2], 0.5);
        assertTrue(result.intervals().get(95).upper()[0] > result.intervals().get(80).upper()[0]);
    }

    @Test
    void seasonalNaiveRepeatsTheLastSeason() {
        double[] values = new double[36];
        for (int t = 0; t < values.length; t++) {
            values[t] = 100 + (t % 12) * 5 + t / 12;
        }
        ForecastResult result = forecaster.forecast(new ForecastRequest(values, 12, 14, "snaive", List.of(80), null));
        assertEquals("snaive", result.model());
        assertEquals(values[24], result.mean()[0], 1e-9);
        assertEquals(values[35], result.mean()[11], 1e-9);
        assertEquals(values[25], result.mean()[13], 1e-9);
    }

    @Test
    void unknownModelNamesTheField() {
        var request = new ForecastRequest(new double[] {1, 2, 3, 4}, 1, 2, "prophet", List.of(80), null);
        var error = assertThrows(IllegalArgumentException.class, () -> forecaster.forecast(request));
        assertTrue(error.getMessage().startsWith("model:"), error.getMessage());
    }

    private static double[] seasonal(int months) {
        double[] values = new double[months];
        for (int t = 0; t < months; t++) {
            values[t] = 300 + 3 * t + 40 * Math.sin(2 * Math.PI * t / 12) + ((t * 7919) % 13 - 6);
        }
        return values;
    }

    private static List<String> backtestModels(ForecastResult result) {
        return result.backtest().stream().map(BacktestScore::model).toList();
    }

    @Test
    void fewerThanTwoSeasonsMeansNoSeasonalModel() {
        ForecastResult result = forecaster.forecast(new ForecastRequest(seasonal(20), 12, 6, "auto", List.of(80, 95),
                null));
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("Fewer than 2 full seasons")), result.notes()
                .toString());
        assertTrue(backtestModels(result).contains("naive"), backtestModels(result).toString());
        assertTrue(backtestModels(result).stream().noneMatch(m -> m.equals("snaive") || m.endsWith(",A)")
                || m.endsWith(",M)")), backtestModels(result).toString());
        var error = assertThrows(IllegalArgumentException.class, () -> forecaster.forecast(
                new ForecastRequest(seasonal(20), 12, 6, "ETS(A,N,A)", List.of(80), null)));
        assertTrue(error.getMessage().startsWith("model:"), error.getMessage());
    }

    @Test
    void adjustedEtsIsRefusedWithoutASeasonNamingTheModel() {
        double[] yearly = {1200, 1350, 1330, 1500, 1620, 1580, 1750, 1900};
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> forecaster.forecast(
                new ForecastRequest(yearly, 1, 3, "adjusted-ets", List.of(80), null)));
        assertEquals("model: adjusted-ets needs a season and at least two full seasons of data", error.getMessage());
    }

    @Test
    void yearlyDataGetsTrendModelsOnly() {
        double[] yearly = {1200, 1350, 1330, 1500, 1620, 1580, 1750, 1900};
        ForecastResult result = forecaster.forecast(new ForecastRequest(yearly, 1, 3, "auto", List.of(80, 95), null));
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("Yearly data")), result.notes().toString());
        assertTrue(backtestModels(result).stream().allMatch(m -> m.equals("naive") || m.equals("linear")
                || m.endsWith(",N)") || m.equals("theta") || m.equals("combination")
                || m.startsWith("ARIMA") && !m.contains("[")), backtestModels(result).toString());
        assertEquals(3, result.mean().length);
        // Training needs 4 years; origins 4..7 forecast 4, 3, 2 and 1 years ahead.
        assertTrue(result.backtest().stream().allMatch(score -> score.origins() == 4), result.backtest().toString());
    }

    @Test
    void aTwoYearSeriesIsBacktestedFromSeveralOrigins() {
        ForecastResult result = forecaster.forecast(new ForecastRequest(seasonal(24), 12, 12, "auto", List.of(80, 95),
                null));
        assertEquals(List.of("snaive", "linear", "ETS", "theta", "adjusted-ets", "ARIMA", "combination"),
                backtestModels(result)
                .stream().map(m -> m.replaceAll("\\(.*", "")).toList(), result.notes().toString());
        for (BacktestScore score : result.backtest()) {
            assertTrue(score.origins() >= 10 && Double.isFinite(score.mase()), score.toString());
        }
    }

    @Test
    void veryShortSeriesGetNaiveAndLinearOnly() {
        double[] three = {10, 12, 14};
        ForecastResult result = forecaster.forecast(new ForecastRequest(three, 12, 2, "auto", List.of(80), null));
        assertTrue(result.model().equals("linear") || result.model().equals("naive"), result.model());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("only naive and linear")), result.notes()
                .toString());
        assertThrows(IllegalArgumentException.class, () -> forecaster.forecast(new ForecastRequest(three, 12, 2,
                "ets", List.of(80), null)));
        ForecastResult one = forecaster.forecast(new ForecastRequest(new double[] {7}, 1, 2, "auto", List.of(80),
                null));
        assertEquals(7, one.mean()[1], 1e-9);
        assertTrue(Double.isFinite(one.intervals().get(80).upper()[1]));
    }

    @Test
    void gapsStayGapsAndAreNotReadAsZeros() {
        double[] values = seasonal(60);
        for (int t : new int[] {5, 17, 30, 31, 44, 59}) {
            values[t] = Double.NaN;
        }
        double[] copy = values.clone();
        ForecastResult withGaps = forecaster.forecast(new ForecastRequest(values, 12, 12, "auto", List.of(80, 95),
                null));
        assertTrue(Double.isNaN(values[30]) && Double.isNaN(values[59]), "the caller's series is left alone");
        assertEquals(java.util.Arrays.toString(copy), java.util.Arrays.toString(values));
        double[] complete = seasonal(60);
        double[] zeros = values.clone();
        for (int t = 0; t < zeros.length; t++) {
            zeros[t] = Double.isNaN(zeros[t]) ? 0 : zeros[t];
        }
        for (String model : List.of("linear", "ETS(A,A,A)")) {
            double[] gaps = forecaster.forecast(new ForecastRequest(values, 12, 12, model, List.of(80), null)).mean();
            double[] full = forecaster.forecast(new ForecastRequest(complete, 12, 12, model, List.of(80), null))
                    .mean();
            double[] zeroFilled = forecaster.forecast(new ForecastRequest(zeros, 12, 12, model, List.of(80), null))
                    .mean();
            double gapError = 0;
            double zeroError = 0;
            for (int h = 0; h < 12; h++) {
                gapError += Math.abs(gaps[h] - full[h]) / 12;
                zeroError += Math.abs(zeroFilled[h] - full[h]) / 12;
            }
            assertTrue(gapError < 10 && gapError < zeroError / 3, model + ": " + gapError + " against " + zeroError);
        }
        for (BacktestScore score : withGaps.backtest()) {
            assertTrue(Double.isFinite(score.mase()), score.toString());
        }
    }

    @Test
    void anEventMonthDoesNotBendTheTrend() {
        double[] values = new double[48];
        for (int t = 0; t < values.length; t++) {
            values[t] = 100 + t + ((t * 31) % 5 - 2);
        }
        values[44] = 400;
        boolean[] mask = new boolean[48];
        mask[44] = true;
        for (String model : List.of("linear", "ETS(A,A,N)", "auto")) {
            ForecastResult masked = forecaster.forecast(new ForecastRequest(values, 1, 4, model, List.of(80), mask));
            ForecastResult unmasked = forecaster.forecast(new ForecastRequest(values, 1, 4, model, List.of(80), null));
            assertEquals(151, masked.mean()[3], 4, model + " with the event masked");
            assertTrue(masked.notes().stream().anyMatch(n -> n.startsWith("1 event period")), masked.notes()
                    .toString());
            // Without the event, the spike is found as an unexplained peak and left out all the same.
            assertEquals(151, unmasked.mean()[3], 4, model + " with the spike found as a peak");
            assertTrue(unmasked.notes().stream().anyMatch(n -> n.startsWith("1 unexplained peak")), unmasked.notes()
                    .toString());
        }
    }

    @Test
    void aJumpInTheLastTwoPeriodsIsNotTakenForAPeak() {
        double[] values = new double[48];
        for (int t = 0; t < values.length; t++) {
            values[t] = 100 + t + ((t * 31) % 5 - 2);
        }
        values[47] = 400;
        ForecastResult result = forecaster.forecast(new ForecastRequest(values, 1, 1, "ETS(A,N,N)", List.of(80),
                null));
        assertTrue(result.notes().stream().noneMatch(n -> n.contains("unexplained peak")), result.notes().toString());
        assertTrue(result.mean()[0] > 200, "the newest value counts: " + result.mean()[0]);
    }

    @Test
    void aNamedEtsFormIsFittedAndBacktested() {
        ForecastResult result = forecaster.forecast(new ForecastRequest(seasonal(48), 12, 24, "ets(m,ad,m)",
                List.of(80, 95), null));
        assertEquals("ETS(M,Ad,M)", result.model());
        assertTrue(backtestModels(result).contains("ETS(M,Ad,M)"), backtestModels(result).toString());
        assertEquals(24, result.mean().length);
        assertEquals(24, result.intervals().get(95).lower().length);
        for (String name : List.of("alpha", "beta", "gamma", "phi", "sigma")) {
            assertTrue(result.parameters().containsKey(name), name);
        }
        double phi = result.parameters().get("phi");
        assertTrue(phi >= 0.8 && phi <= 0.98, "phi " + phi);
        for (int h = 0; h < 24; h++) {
            assertTrue(result.intervals().get(95).lower()[h] <= result.intervals().get(80).lower()[h]);
            assertTrue(result.intervals().get(80).lower()[h] <= result.mean()[h] + 1e-9);
            assertTrue(result.intervals().get(80).upper()[h] >= result.mean()[h] - 1e-9);
        }
    }

    @Test
    void theSameRequestGivesTheSameAnswer() {
        var request = new ForecastRequest(seasonal(60), 12, 12, "auto", List.of(80, 95), null);
        ForecastResult first = forecaster.forecast(request);
        ForecastResult second = new Forecaster().forecast(request);
        assertEquals(first.model(), second.model());
        assertEquals(java.util.Arrays.toString(first.intervals().get(95).upper()),
                java.util.Arrays.toString(second.intervals().get(95).upper()));
    }

    @Test
    void multiplicativeFormsNeedPositiveData() {
        double[] withZero = seasonal(36);
        withZero[10] = 0;
        ForecastResult result = forecaster.forecast(new ForecastRequest(withZero, 12, 6, "ets", List.of(80), null));
        assertTrue(result.model().startsWith("ETS(A,"), result.model());
        var error = assertThrows(IllegalArgumentException.class, () -> forecaster.forecast(
                new ForecastRequest(withZero, 12, 6, "ETS(M,N,N)", List.of(80), null)));
        assertTrue(error.getMessage().startsWith("model:"), error.getMessage());
    }

    @Test
    void invalidRequestsNameTheField() {
        double[] values = {1, 2, 3, 4, 5};
        assertField("values", new ForecastRequest(new double[0], 1, 2, "auto", List.of(80), null));
        assertField("values", new ForecastRequest(new double[] {Double.NaN, Double.NaN}, 1, 2, "auto", List.of(80),
                null));
        assertField("seasonLength", new ForecastRequest(values, 0, 2, "auto", List.of(80), null));
        assertField("horizon", new ForecastRequest(values, 1, 0, "auto", List.of(80), null));
        assertField("levels", new ForecastRequest(values, 1, 2, "auto", List.of(100), null));
        assertField("levels", new ForecastRequest(values, 1, 2, "auto", List.of(), null));
        assertField("eventMask", new ForecastRequest(values, 1, 2, "auto", List.of(80), new boolean[2]));
        assertField("model", new ForecastRequest(values, 1, 2, "ETS(X,N,N)", List.of(80), null));
    }

    private void assertField(String field, ForecastRequest request) {
        var error = assertThrows(IllegalArgumentException.class, () -> forecaster.forecast(request));
        assertTrue(error.getMessage().startsWith(field + ":"), error.getMessage());
    }
}
