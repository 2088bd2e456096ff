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

import com.sun.management.OperatingSystemMXBean;

import nl.entree.forecast.model.ForecastRequest;
import nl.entree.forecast.model.ForecastResult;
import nl.entree.forecast.model.Forecaster;

/**
 * Fits and backtests 1,000 synthetic monthly series of 84 months with {@code model=auto} (every admissible ETS form
 * by AICc, adjusted ETS, Theta and ARIMA, their rolling-origin backtests and the combination, then the forecast with
 * 80/95% intervals), on all cores, twice:
 * <ol>
 * <li>just after start, behind a short warm-up on other series: the JIT compiler is still at work, and its threads
 * take a quarter of the process's CPU time away from the forecasts;</li>
 * <li>the same series again, compiled: what a running service does.</li>
 * </ol>
 * For each it prints the wall time, the CPU time spent in the forecasts and that of the whole process, because on a
 * shared machine the wall time also measures the neighbours.
 *
 * <p>Arguments (optional): number of series (default 1000), number of threads (default: all cores).
 */
public final class ForecastBenchmark {

    private static final int MONTHS = 84;
    private static final int WARM_UP = 100;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean PROCESS =
            ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

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
            System.out.printf("forecast-models: %d series x %d months, model=auto, fit + backtest + forecast, "
                    + "threads %d (cores %d)%n", count, MONTHS, threads, Runtime.getRuntime().availableProcessors());
            Run first = timed(pool, forecaster, series);
            first.print("just after start (" + WARM_UP + " series of warm-up)", threads, count);
            Run again = timed(pool, forecaster, series);
            again.print("the same series again, compiled", threads, count);
            System.out.println("models chosen: " + again.chosen());
        } finally {
            pool.shutdown();
        }
    }

    private static Run timed(ForkJoinPool pool, Forecaster forecaster, List<double[]> series)
            throws InterruptedException, ExecutionException {
        LongAdder cpuNanos = new LongAdder();
        long processStart = PROCESS.getProcessCpuTime();
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
        return new Run((System.nanoTime() - start) / 1e9, cpuNanos.sum() / 1e9,
                (PROCESS.getProcessCpuTime() - processStart) / 1e9, chosen);
    }

    private record Run(double wallSeconds, double forecastCpuSeconds, double processCpuSeconds,
            Map<String, Long> chosen) {

        void print(String label, int threads, int count) {
            System.out.printf("%s: wall time %.2f s%n", label, wallSeconds);
            System.out.printf("  CPU time in the forecasts %.2f s (%.1f ms per series; / %d threads = %.2f s if the "
                    + "cores were not shared), of the whole process %.2f s%n", forecastCpuSeconds,
                    forecastCpuSeconds * 1000 / count, threads, forecastCpuSeconds / threads, processCpuSeconds);
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
