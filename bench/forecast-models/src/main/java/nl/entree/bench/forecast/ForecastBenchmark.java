package nl.entree.bench.forecast;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.entree.forecast.model.ForecastRequest;
import nl.entree.forecast.model.ForecastResult;
import nl.entree.forecast.model.Forecaster;

/**
 * Fits and backtests 1,000 synthetic monthly series of 84 months with {@code model=auto} (every admissible ETS form
 * by AICc, the rolling-origin backtest of snaive, linear and the chosen ETS form, then the forecast with 80/95%
 * intervals), on all cores. Prints the wall time. A short warm-up on other series runs first so that the figure is
 * not the JIT compiler's. Besides the wall time it prints the CPU time spent in the forecasts, because on a shared
 * machine the wall time also measures the neighbours.
 *
 * <p>Arguments (optional): number of series (default 1000), number of threads (default: all cores).
 */
public final class ForecastBenchmark {

    private static final int MONTHS = 84;
    private static final int WARM_UP = 100;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ForecastBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Forecaster forecaster = new Forecaster();
        List<double[]> series = IntStream.range(0, count).mapToObj(i -> synthetic(i, MONTHS)).toList();
        List<double[]> warmUp = IntStream.range(0, WARM_UP).mapToObj(i -> synthetic(1_000_000 + i, MONTHS)).toList();

        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> warmUp.parallelStream().forEach(values -> forecaster.forecast(request(values)))).get();
            LongAdder cpuNanos = new LongAdder();
            long start = System.nanoTime();
            Map<String, Long> chosen = pool.submit(() -> series.parallelStream()
                    .map(values -> {
                        long cpu = THREADS.getCurrentThreadCpuTime();
                        ForecastResult result = forecaster.forecast(request(values));
                        cpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpu);
                        return result;
                    })
                    .collect(Collectors.groupingBy(ForecastResult::model, TreeMap::new, Collectors.counting())))
                    .get();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = cpuNanos.sum() / 1e9;
            System.out.printf("forecast-models: %d series x %d months, model=auto, fit + backtest + forecast%n", count,
                    MONTHS);
            System.out.printf("threads %d (cores %d): wall time %.2f s; CPU time %.2f s (%.1f ms per series)%n",
                    threads, Runtime.getRuntime().availableProcessors(), seconds, cpuSeconds,
                    cpuSeconds * 1000 / count);
            System.out.printf("wall time if the %d cores were not shared: %.2f s (CPU time / threads)%n", threads,
                    cpuSeconds / threads);
            System.out.println("models chosen: " + chosen);
        } finally {
            pool.shutdown();
        }
    }

    private static ForecastRequest request(double[] values) {
        return new ForecastRequest(values, 12, 12, "auto", List.of(80, 95), null);
    }

    /**
     * A seeded monthly series: a level between 20 and 2,000, a trend of −1 to +2% a month (damped for a third of
     * the series), a seasonal swing of 0 to 30% (multiplicative for half of them), Poisson-like noise, a one-off
     * spike in one series out of four and a gap in one out of ten.
     */
    static double[] synthetic(int index, int months) {
        Random random = new Random(20_260_101L + index);
        double level = 20 + random.nextDouble() * 1980;
        double growth = -0.01 + random.nextDouble() * 0.03;
        boolean damped = random.nextInt(3) == 0;
        double amplitude = random.nextDouble() * 0.3;
        boolean multiplicative = random.nextBoolean();
        double phase = random.nextDouble() * 2 * Math.PI;
        double[] values = new double[months];
        double trend = level;
        double step = growth;
        for (int t = 0; t < months; t++) {
            trend *= 1 + step;
            if (damped) {
                step *= 0.95;
            }
            double season = amplitude * Math.sin(2 * Math.PI * t / 12 + phase);
            double mean = multiplicative ? trend * (1 + season) : trend + level * season;
            values[t] = Math.max(1, Math.round(mean + Math.sqrt(Math.max(mean, 1)) * random.nextGaussian()));
        }
        if (random.nextInt(4) == 0) {
            values[24 + random.nextInt(months - 24)] *= 2;
        }
        if (random.nextInt(10) == 0) {
            values[12 + random.nextInt(months - 12)] = Double.NaN;
        }
        return values;
    }
}
