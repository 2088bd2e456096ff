package nl.entree.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The synthetic demo CSG series (see {@link DemoData}): the researchers' straight line against {@code auto}. */
class DemoBacktestTest {

    private final Forecaster forecaster = new Forecaster();

    static Map<String, double[]> csgSeries() {
        Map<String, double[]> series = new LinkedHashMap<>(DemoData.csg());
        double[] acute = series.get(DemoData.ACUTE);
        double[] nonAcute = series.get(DemoData.NON_ACUTE);
        double[] total = new double[acute.length];
        for (int t = 0; t < total.length; t++) {
            total[t] = acute[t] + nonAcute[t];
        }
        series.put("CSG_TOTAL", total);
        return series;
    }

    @Test
    void backtestReportsEveryMeasureForEveryModel() {
        csgSeries().forEach((name, values) -> {
            ForecastResult result = forecaster.forecast(new ForecastRequest(values, 12, 12, "auto", List.of(80, 95),
                    DemoData.mediaEvents(values.length)));
            List<String> models = result.backtest().stream().map(BacktestScore::model).toList();
            assertEquals(7, models.size(), name + " " + models);
            assertTrue(models.containsAll(List.of("snaive", "linear", "theta", "adjusted-ets", "combination")),
                    name + " " + models);
            assertTrue(models.get(2).startsWith("ETS("), name + " " + models);
            assertTrue(models.get(5).startsWith("ARIMA("), name + " " + models);
            for (BacktestScore score : result.backtest()) {
                assertEquals(12, score.origins(), name + " " + score);
                for (double measure : new double[] {score.mae(), score.mase(), score.smape(), score.coverage80(),
                        score.coverage95()}) {
                    assertTrue(Double.isFinite(measure) && measure >= 0, name + " " + score);
                }
                assertTrue(score.coverage80() <= score.coverage95(), name + " " + score);
            }
        });
    }

    /**
     * On CSG as a whole and on non-acute contacts auto beats the line; on acute contacts alone the line is as good as
     * anything in the backtest (ETS(M,A,N) comes within 1%), so auto may choose the line itself there.
     */
    @Test
    void autoHasALowerBacktestMaseThanTheStraightLine() {
        csgSeries().forEach((name, values) -> {
            ForecastResult result = forecaster.forecast(new ForecastRequest(values, 12, 12, "auto", List.of(80, 95),
                    DemoData.mediaEvents(values.length)));
            double linear = mase(result, "linear");
            double chosen = mase(result, result.model());
            String message = name + ": " + result.model() + " " + chosen + " against linear " + linear;
            if (name.equals(DemoData.ACUTE)) {
                assertTrue(chosen <= linear, message);
            } else {
                assertTrue(chosen < 0.7 * linear, message);
            }
        });
    }

    /**
     * Not circular: fitted on 2017–2021 only, scored on 2022 (without its media-event months). On acute contacts
     * alone auto may choose the line itself, so there it must only not be worse.
     */
    @Test
    void autoForecasts2022BetterThanTheStraightLine() {
        boolean[] events = DemoData.mediaEvents(72);
        csgSeries().forEach((name, values) -> {
            double auto = error2022(values, "auto", events);
            double linear = error2022(values, "linear", events);
            String message = name + ": auto " + auto + " against linear " + linear;
            assertTrue(name.equals(DemoData.ACUTE) ? auto <= linear : auto < linear, message);
        });
        double[] total = csgSeries().get("CSG_TOTAL");
        assertTrue(error2022(total, "auto", events) < 0.5 * error2022(total, "linear", events));
    }

    private double error2022(double[] values, String model, boolean[] events) {
        ForecastResult result = forecaster.forecast(new ForecastRequest(Arrays.copyOf(values, 60), 12, 12, model,
                List.of(80), Arrays.copyOf(events, 60)));
        double sum = 0;
        int count = 0;
        for (int h = 0; h < 12; h++) {
            if (!events[60 + h]) {
                sum += Math.abs(values[60 + h] - result.mean()[h]);
                count++;
            }
        }
        return sum / count;
    }

    private static double mase(ForecastResult result, String model) {
        return result.backtest().stream().filter(s -> s.model().equals(model)).findFirst().orElseThrow().mase();
    }
}
