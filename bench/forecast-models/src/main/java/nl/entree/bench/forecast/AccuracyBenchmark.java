package nl.entree.bench.forecast;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.entree.forecast.model.BacktestScore;
import nl.entree.forecast.model.ForecastRequest;
import nl.entree.forecast.model.ForecastResult;
import nl.entree.forecast.model.Forecaster;

/**
 * Accuracy and interval coverage of every model, of {@code auto} and of plain "lowest backtest MASE" selection, on
 * held-out months: each series is cut before its last {@code horizon} months, forecast from there, and scored on
 * what followed. MASE divides by the in-sample seasonal naive MAE of the training part; the suite figure is the
 * geometric mean over series (as in the M4 literature). Coverage is the share of held-out months inside the 80% and
 * 95% intervals.
 *
 * <p>Real series ({@code bench/forecast-models/real-monthly.csv}, sources in {@code bench/README.md}) are scored
 * from several origins each: every twelve months from the fourth year on, each origin forecasting the twelve months
 * after it from everything before it.
 *
 * <p>Arguments (optional): series per synthetic kind (default 40), horizon (default 12), path of the demo CSV
 * ({@code series,period,count}; default the repository's {@code data/demo-monthly-contacts.csv}, the file
 * forecast-service loads as demo data), and a file to write the synthetic suite and the real origins to for
 * {@code compare-with-r.R}.
 */
public final class AccuracyBenchmark {

    private static final List<String> MODELS = List.of("auto", "combination", "ets", "adjusted-ets", "theta", "arima",
            "snaive", "linear");
    private static final List<String> SINGLE = List.of("ets", "adjusted-ets", "theta", "arima", "snaive", "linear");
    private static final String BEST_BACKTEST = "lowest backtest MASE";
    /** The mean instead of the median of the combination's four, points only: why the combination takes the median. */
    private static final String MEAN = "mean of the four";
    private static final Path REAL = Path.of("bench/forecast-models/real-monthly.csv");
    /** Training months before a real series' first origin. */
    private static final int FIRST_ORIGIN = 48;

    private AccuracyBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        int perKind = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int horizon = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        Path demo = Path.of(args.length > 2 ? args[2] : "data/demo-monthly-contacts.csv");
        Path export = args.length > 3 ? Path.of(args[3]) : null;
        List<SyntheticSuite.Series> suite = new ArrayList<>(
                SyntheticSuite.generate(perKind, 84 + horizon, 20_261_202L));
        List<SyntheticSuite.Series> demoSeries = Files.exists(demo) ? demo(demo) : List.of();
        List<SyntheticSuite.Series> realOrigins = Files.exists(REAL) ? origins(demo(REAL), horizon) : List.of();
        if (export != null) {
            List<SyntheticSuite.Series> exported = new ArrayList<>(suite);
            exported.addAll(realOrigins);
            write(export, exported, horizon);
        }
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            long start = System.nanoTime();
            List<Scored> synthetic = pool.submit(() -> suite.parallelStream().map(s -> score(s, horizon)).toList())
                    .get();
            List<Scored> demoScored = pool.submit(() -> demoSeries.parallelStream()
                    .filter(s -> s.values().length > horizon + 12)
                    .map(s -> score(s, horizon)).toList()).get();
            System.out.printf(Locale.ROOT, "forecast-models accuracy: %d synthetic series (%d per kind) of %d months, "
                    + "horizon %d, %.1f s%n", suite.size(), perKind, 84 + horizon, horizon,
                    (System.nanoTime() - start) / 1e9);
            report("synthetic suite", synthetic);
            for (String kind : SyntheticSuite.KINDS) {
                reportKind(kind, synthetic.stream().filter(s -> s.kind.equals(kind)).toList());
            }
            reportCeiling(synthetic, s -> s.kind);
            reportWeightCeiling(synthetic, s -> s.kind);
            List<Scored> realScored = pool.submit(() -> realOrigins.parallelStream().map(s -> score(s, horizon))
                    .toList()).get();
            if (!realScored.isEmpty()) {
                report("real series (" + REAL + "), one per origin", realScored);
                realScored.stream().map(s -> s.id.substring(0, s.id.indexOf('@'))).distinct().forEach(id ->
                        reportKind(id, realScored.stream().filter(s -> s.id.startsWith(id + "@")).toList()));
                reportCeiling(realScored, s -> s.id.substring(0, s.id.indexOf('@')));
                reportWeightCeiling(realScored, s -> s.id.substring(0, s.id.indexOf('@')));
            }
            List<SyntheticSuite.Series> longSuite = SyntheticSuite.generate(Math.max(1, perKind / 2), 84 + LONG,
                    20_261_203L);
            List<double[]> longCover = pool.submit(() -> longSuite.parallelStream().map(AccuracyBenchmark::longHorizon)
                    .toList()).get();
            reportLong(String.format(Locale.ROOT, "%d synthetic series, 84 months fitted", longSuite.size()),
                    longCover);
            List<SyntheticSuite.Series> realLong = Files.exists(REAL) ? origins(demo(REAL), LONG) : List.of();
            if (!realLong.isEmpty()) {
                List<double[]> realCover = pool.submit(() -> realLong.parallelStream()
                        .map(AccuracyBenchmark::longHorizon).toList()).get();
                reportLong(realLong.size() + " origins of the real series", realCover);
            }
            if (!demoScored.isEmpty()) {
                System.out.printf(Locale.ROOT, "%ndemo series, all months fitted, auto, 72 months ahead:%n");
                for (SyntheticSuite.Series s : demoSeries) {
                    ForecastResult r = new Forecaster().forecast(new ForecastRequest(s.values(), 12, 72, "auto",
                            List.of(80, 95), null));
                    int h = 60;
                    System.out.printf(Locale.ROOT,
                            "  %-14s %-12s last year mean %.0f; 5 years on %.0f (80%%: %.0f-%.0f);"
                            + " 6 years on %.0f (80%%: %.0f-%.0f)%n", s.id(), r.model(),
                            Arrays.stream(s.values(), s.values().length - 12, s.values().length).average().orElse(0),
                            r.mean()[h - 1], Math.max(0, r.intervals().get(80).lower()[h - 1]),
                            r.intervals().get(80).upper()[h - 1], r.mean()[71],
                            Math.max(0, r.intervals().get(80).lower()[71]), r.intervals().get(80).upper()[71]);
                }

                report("demo series (" + demo + ")", demoScored);
                for (Scored s : demoScored) {
                    System.out.printf(Locale.ROOT, "  %-14s auto chose %-28s MASE auto %.3f, snaive %.3f%n",
                            s.id, s.chosen, s.mase.get("auto"), s.mase.get("snaive"));
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private static final int LONG = 36;

    private static void reportLong(String what, List<double[]> cover) {
        System.out.printf(Locale.ROOT, "%nlong horizons: %s, %d ahead, auto%n", what, LONG);
        for (int band = 0; band < LONG / 12; band++) {
            double in = 0;
            double inside95 = 0;
            double mase = 0;
            for (double[] c : cover) {
                in += c[3 * band];
                inside95 += c[3 * band + 1];
                mase += Math.log(c[3 * band + 2]);
            }
            System.out.printf(Locale.ROOT,
                    "  months %2d-%2d: cover 80%% %.1f%%, cover 95%% %.1f%%, gmean MASE %.3f%n",
                    12 * band + 1, 12 * band + 12, 100 * in / (12.0 * cover.size()),
                    100 * inside95 / (12.0 * cover.size()), Math.exp(mase / cover.size()));
        }
    }

    /** Per 12-month band: outcomes inside the 80% and 95% interval, and the band's MASE. */
    private static double[] longHorizon(SyntheticSuite.Series series) {
        double[] all = series.values();
        double[] training = Arrays.copyOf(all, all.length - LONG);
        ForecastResult r = new Forecaster().forecast(new ForecastRequest(training, 12, LONG, "auto", List.of(80, 95),
                null));
        double scale = naiveScale(training, 12);
        double[] out = new double[3 * (LONG / 12)];
        for (int h = 0; h < LONG; h++) {
            double actual = all[training.length + h];
            int band = h / 12;
            var i80 = r.intervals().get(80);
            var i95 = r.intervals().get(95);
            out[3 * band] += actual >= i80.lower()[h] && actual <= i80.upper()[h] ? 1 : 0;
            out[3 * band + 1] += actual >= i95.lower()[h] && actual <= i95.upper()[h] ? 1 : 0;
            out[3 * band + 2] += Math.abs(actual - Math.max(0, r.mean()[h])) / scale / 12;
        }
        return out;
    }

    /**
     * Held-out scores of one series under every model; {@code members} are the point forecasts of the
     * combination's four members ({@link #MEMBERS}), {@code actual} the held-out months and {@code scale} the MASE
     * scale, for the ceiling of weighted combinations.
     */
    private record Scored(String kind, String id, String chosen, Map<String, Double> mase,
            Map<String, double[]> inside, double[][] members, double[] actual, double scale) {
    }

    private static final List<String> MEMBERS = List.of("ets", "adjusted-ets", "theta", "arima");

    private static Scored score(SyntheticSuite.Series series, int horizon) {
        Forecaster forecaster = new Forecaster();
        double[] all = series.values();
        double[] training = Arrays.copyOf(all, all.length - horizon);
        double scale = naiveScale(training, 12);
        Map<String, Double> mase = new LinkedHashMap<>();
        Map<String, double[]> inside = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, double[]> means = new LinkedHashMap<>();
        List<BacktestScore> backtest = null;
        String chosen = null;
        for (String model : MODELS) {
            ForecastResult result = forecaster.forecast(new ForecastRequest(training, 12, horizon, model,
                    List.of(80, 95), null));
            if (model.equals("auto")) {
                backtest = result.backtest();
                chosen = result.model();
            }
            names.put(result.model(), model);
            means.put(model, result.mean());
            double abs = 0;
            int in80 = 0;
            int in95 = 0;
            for (int h = 0; h < horizon; h++) {
                double actual = all[training.length + h];
                double mean = Math.max(0, result.mean()[h]);
                abs += Math.abs(actual - mean);
                var i80 = result.intervals().get(80);
                var i95 = result.intervals().get(95);
                in80 += actual >= Math.max(0, i80.lower()[h]) && actual <= i80.upper()[h] ? 1 : 0;
                in95 += actual >= Math.max(0, i95.lower()[h]) && actual <= i95.upper()[h] ? 1 : 0;
            }
            mase.put(model, abs / horizon / scale);
            inside.put(model, new double[] {in80, in95, horizon});
        }
        double abs = 0;
        for (int h = 0; h < horizon; h++) {
            double mean = (means.get("ets")[h] + means.get("adjusted-ets")[h] + means.get("theta")[h]
                    + means.get("arima")[h]) / 4;
            abs += Math.abs(all[training.length + h] - Math.max(0, mean));
        }
        mase.put(MEAN, abs / horizon / scale);
        inside.put(MEAN, null);
        BacktestScore best = backtest.stream().filter(b -> Double.isFinite(b.mase()))
                .min((a, b) -> Double.compare(a.mase(), b.mase())).orElse(null);
        String bestModel = best == null ? "auto" : names.getOrDefault(best.model(), bestKey(best.model()));
        mase.put(BEST_BACKTEST, mase.get(bestModel));
        inside.put(BEST_BACKTEST, inside.get(bestModel));
        double[][] members = MEMBERS.stream().map(means::get).toArray(double[][]::new);
        return new Scored(series.kind(), series.id(), chosen, mase, inside, members,
                Arrays.copyOfRange(all, training.length, training.length + horizon), scale);
    }

    private static String bestKey(String name) {
        if (name.startsWith("ETS")) {
            return "ets";
        }
        if (name.startsWith("ARIMA")) {
            return "arima";
        }
        return name.equals("naive") ? "snaive" : name;
    }

    private static void report(String title, List<Scored> scored) {
        System.out.printf(Locale.ROOT, "%n%s: %d series%n", title, scored.size());
        System.out.printf(Locale.ROOT, "  %-22s %10s %12s %10s %10s%n", "model", "gmean MASE", "vs snaive",
                "cover 80%", "cover 95%");
        double snaive = geometricMean(scored, "snaive");
        for (String model : columns()) {
            double g = geometricMean(scored, model);
            double[] cover = coverage(scored, model);
            System.out.printf(Locale.ROOT, "  %-22s %10.3f %11.1f%% %9.1f%% %9.1f%%%n", model, g,
                    100 * (g / snaive - 1), 100 * cover[0], 100 * cover[1]);
        }
        Map<String, Long> chosen = new java.util.TreeMap<>();
        for (Scored s : scored) {
            chosen.merge(s.chosen.replaceAll("\\(.*", ""), 1L, Long::sum);
        }
        System.out.println("  auto chose: " + chosen);
    }

    private static void reportKind(String kind, List<Scored> scored) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-14s", kind));
        for (String model : columns()) {
            line.append(String.format(Locale.ROOT, " %s %.3f", model.equals(BEST_BACKTEST) ? "best-bt"
                    : model.equals(MEAN) ? "mean4" : model,
                    geometricMean(scored, model)));
        }
        line.append(String.format(Locale.ROOT, "  cover80 auto %.0f%%", 100 * coverage(scored, "auto")[0]));
        System.out.println(line);
    }

    /**
     * The most any choice among the single models could gain: for each group (a synthetic kind, a real series) the
     * single model that scored best on that group's held-out months, picked with hindsight. A selector that knew
     * each series' kind perfectly would do no better than this without combining models.
     */
    private static void reportCeiling(List<Scored> scored, Function<Scored, String> group) {
        double best = SINGLE.stream().mapToDouble(m -> geometricMean(scored, m)).min().orElseThrow();
        double sum = 0;
        for (List<Scored> members : scored.stream().collect(Collectors.groupingBy(group))
                .values()) {
            String winner = SINGLE.stream().min(Comparator.comparingDouble(m -> geometricMean(members, m)))
                    .orElseThrow();
            for (Scored s : members) {
                sum += Math.log(s.mase.get(winner));
            }
        }
        double ceiling = Math.exp(sum / scored.size());
        System.out.printf(Locale.ROOT, "  the best single model per group, with hindsight: gmean MASE %.3f, %.1f%% "
                + "better than the best single model overall (%.3f); auto %.1f%%%n", ceiling,
                100 * (1 - ceiling / best), best, 100 * (1 - geometricMean(scored, "auto") / best));
    }

    /**
     * The most any weighting of the combination's four members could gain, picked with hindsight: the weights (on a
     * grid of tenths, summing to one) that scored best on the held-out months of the whole suite, and those best for
     * each group. A combination whose weights were learned from the series themselves can do no better than these.
     */
    private static void reportWeightCeiling(List<Scored> scored, Function<Scored, String> group) {
        List<double[]> grid = new ArrayList<>();
        for (int a = 0; a <= 10; a++) {
            for (int b = 0; a + b <= 10; b++) {
                for (int c = 0; a + b + c <= 10; c++) {
                    grid.add(new double[] {a / 10.0, b / 10.0, c / 10.0, (10 - a - b - c) / 10.0});
                }
            }
        }
        double best = SINGLE.stream().mapToDouble(m -> geometricMean(scored, m)).min().orElseThrow();
        double[] overall = grid.stream().min(Comparator.comparingDouble(w -> logMase(scored, w))).orElseThrow();
        double overallScore = Math.exp(logMase(scored, overall) / scored.size());
        double sum = 0;
        for (List<Scored> members : scored.stream().collect(Collectors.groupingBy(group)).values()) {
            sum += grid.stream().mapToDouble(w -> logMase(members, w)).min().orElseThrow();
        }
        double perGroup = Math.exp(sum / scored.size());
        System.out.printf(Locale.ROOT, "  the best weights of %s with hindsight: for the whole suite %s, gmean MASE "
                + "%.3f (%.1f%% better than the best single model); per group %.3f (%.1f%%)%n", MEMBERS,
                Arrays.toString(overall), overallScore, 100 * (1 - overallScore / best), perGroup,
                100 * (1 - perGroup / best));
    }

    /** The sum over series of the log MASE of the members' forecasts weighted by {@code weights}. */
    private static double logMase(List<Scored> scored, double[] weights) {
        double sum = 0;
        for (Scored s : scored) {
            double abs = 0;
            for (int h = 0; h < s.actual.length; h++) {
                double mean = 0;
                for (int m = 0; m < weights.length; m++) {
                    mean += weights[m] * s.members[m][h];
                }
                abs += Math.abs(s.actual[h] - Math.max(0, mean));
            }
            sum += Math.log(Math.max(1e-12, abs / s.actual.length / s.scale));
        }
        return sum;
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(MODELS);
        columns.add(BEST_BACKTEST);
        columns.add(MEAN);
        return columns;
    }

    private static double geometricMean(List<Scored> scored, String model) {
        double sum = 0;
        int n = 0;
        for (Scored s : scored) {
            double v = s.mase.get(model);
            if (v > 0 && Double.isFinite(v)) {
                sum += Math.log(v);
                n++;
            }
        }
        return Math.exp(sum / n);
    }

    private static double[] coverage(List<Scored> scored, String model) {
        double in80 = 0;
        double in95 = 0;
        double n = 0;
        for (Scored s : scored) {
            double[] c = s.inside.get(model);
            if (c == null) {
                return new double[] {Double.NaN, Double.NaN};
            }
            in80 += c[0];
            in95 += c[1];
            n += c[2];
        }
        return new double[] {in80 / n, in95 / n};
    }

    /** In-sample MAE of the seasonal naive forecast; plain naive when that is zero or impossible. */
    static double naiveScale(double[] training, int m) {
        for (int lag : new int[] {m, 1}) {
            double sum = 0;
            int count = 0;
            for (int t = lag; t < training.length; t++) {
                sum += Math.abs(training[t] - training[t - lag]);
                count++;
            }
            if (count > 0 && sum > 0) {
                return sum / count;
            }
        }
        return 1;
    }

    private static List<SyntheticSuite.Series> demo(Path csv) throws IOException {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String[] cells = line.split(",");
            if (cells.length < 3 || cells[0].equals("series")) {
                continue;
            }
            values.computeIfAbsent(cells[0], k -> new ArrayList<>())
                    .add(cells[2].isBlank() ? Double.NaN : Double.parseDouble(cells[2]));
        }
        List<SyntheticSuite.Series> series = new ArrayList<>();
        values.forEach((id, v) -> series.add(new SyntheticSuite.Series("demo", id,
                v.stream().mapToDouble(Double::doubleValue).toArray())));
        return series;
    }

    /** Each series cut after every twelfth month from {@value #FIRST_ORIGIN} on, with the {@code horizon} after it. */
    private static List<SyntheticSuite.Series> origins(List<SyntheticSuite.Series> series, int horizon) {
        List<SyntheticSuite.Series> origins = new ArrayList<>();
        for (SyntheticSuite.Series s : series) {
            for (int origin = FIRST_ORIGIN; origin + horizon <= s.values().length; origin += 12) {
                origins.add(new SyntheticSuite.Series("real", s.id() + "@" + origin,
                        Arrays.copyOf(s.values(), origin + horizon)));
            }
        }
        return origins;
    }

    private static void write(Path file, List<SyntheticSuite.Series> suite, int horizon) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println("id,kind,t,value,training");
            for (SyntheticSuite.Series s : suite) {
                for (int t = 0; t < s.values().length; t++) {
                    out.printf(Locale.ROOT, "%s,%s,%d,%s,%d%n", s.id(), s.kind(), t, s.values()[t],
                            s.values().length - horizon);
                }
            }
        }
    }
}
