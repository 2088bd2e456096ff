package nl.entree.bench.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import nl.entree.forecast.model.ForecastRequest;
import nl.entree.forecast.model.ForecastResult;
import nl.entree.forecast.model.Forecaster;
import nl.entree.forecast.model.Reconciliation;

/**
 * Forecasts that add up, on held-out months: the national total, three organisations and four regions of seeded
 * synthetic hierarchies, each the sum of twelve organisation × region cells from {@link SyntheticSuite}.
 * <ul>
 * <li><b>base</b>: each of the eight totals forecast on its own by {@code auto}; they do not add up.</li>
 * <li><b>bottom-up</b>: the twelve cells forecast by {@code auto} and summed; they add up.</li>
 * <li><b>OLS</b> and <b>WLS</b>: the eight base forecasts reconciled, as forecast-service's {@code /api/hierarchy}
 * does, without forecasting the cells.</li>
 * <li><b>WLS with cells</b>: the eight base forecasts and the twelve cells' reconciled together, every total the
 * sum of its cells (the full grouped structure).</li>
 * </ul>
 * Reports the geometric mean of MASE per level. The cells are the suite's series, whose levels run from 30 to 1,500
 * a month; with a {@code share} below 1 each count is thinned binomially to that share, which gives the small,
 * noisy cells of a real region × organisation split (a region's share of an organisation is a few per cent).
 * Usage: {@code bench/run forecast-reconciliation [hierarchies] [horizon] [share]}.
 */
public final class ReconciliationBenchmark {

    private static final int ORGANISATIONS = 3;
    private static final int REGIONS = 4;
    private static final int MONTHS = 84;
    private static final List<String> METHODS = List.of("base", "bottom-up", "OLS", "WLS", "WLS with cells");
    private static final List<String> LEVELS = List.of("national", "organisations", "regions", "all");

    private ReconciliationBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        int hierarchies = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int horizon = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        double share = args.length > 2 ? Double.parseDouble(args[2]) : 1;
        long start = System.nanoTime();
        List<Map<String, Map<String, List<Double>>>> results = ForkJoinPool.commonPool().submit(() ->
                java.util.stream.IntStream.range(0, hierarchies).parallel()
                        .mapToObj(g -> score(g, horizon, share)).toList()).get();
        Map<String, Map<String, List<Double>>> all = new LinkedHashMap<>();
        for (Map<String, Map<String, List<Double>>> r : results) {
            r.forEach((method, levels) -> levels.forEach((level, values) -> all
                    .computeIfAbsent(method, k -> new LinkedHashMap<>())
                    .computeIfAbsent(level, k -> new ArrayList<>()).addAll(values)));
        }
        System.out.printf(Locale.ROOT, "%d hierarchies (national, %d organisations, %d regions; %d cells each, "
                + "thinned to %.3f), %d months fitted, %d held out; geometric mean of MASE%n", hierarchies,
                ORGANISATIONS, REGIONS, ORGANISATIONS * REGIONS, share, MONTHS - horizon, horizon);
        System.out.printf(Locale.ROOT, "%-16s", "method");
        LEVELS.forEach(l -> System.out.printf(Locale.ROOT, "%15s", l));
        System.out.println();
        for (String method : METHODS) {
            System.out.printf(Locale.ROOT, "%-16s", method);
            for (String level : LEVELS) {
                System.out.printf(Locale.ROOT, "%15.3f", geometricMean(all.get(method).get(level)));
            }
            System.out.println();
        }
        System.out.printf(Locale.ROOT, "%.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** MASE per method, level and node for one hierarchy. */
    private static Map<String, Map<String, List<Double>>> score(int g, int horizon, double share) {
        List<SyntheticSuite.Series> suite = SyntheticSuite.generate(2, MONTHS, 90_000L + 31L * g);
        RandomGenerator random = new Well19937c(7_000L + g);
        double[][] cells = new double[ORGANISATIONS * REGIONS][];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = thin(suite.get((c * 5 + g) % suite.size()).values(), share, random);
        }
        // Nodes: 0 national, 1..3 organisations, 4..7 regions.
        int nodes = 1 + ORGANISATIONS + REGIONS;
        double[][] series = new double[nodes][MONTHS];
        for (int c = 0; c < cells.length; c++) {
            int org = c / REGIONS;
            int region = c % REGIONS;
            for (int t = 0; t < MONTHS; t++) {
                series[0][t] += cells[c][t];
                series[1 + org][t] += cells[c][t];
                series[1 + ORGANISATIONS + region][t] += cells[c][t];
            }
        }
        Forecaster forecaster = new Forecaster();
        int fitted = MONTHS - horizon;
        double[][] base = new double[nodes][];
        double[][] variances = new double[nodes][horizon];
        for (int i = 0; i < nodes; i++) {
            ForecastResult r = forecaster.forecast(new ForecastRequest(Arrays.copyOf(series[i], fitted), 12, horizon,
                    "auto", List.of(80), null));
            base[i] = r.mean();
            for (int h = 0; h < horizon; h++) {
                variances[i][h] = Reconciliation.varianceFrom80(r.intervals().get(80).lower()[h],
                        r.intervals().get(80).upper()[h]);
            }
        }
        double[][] bottomUp = new double[nodes][horizon];
        double[][] withCells = new double[nodes + cells.length][];
        double[][] withCellsVariances = new double[nodes + cells.length][];
        for (int i = 0; i < nodes; i++) {
            withCells[i] = base[i];
            withCellsVariances[i] = variances[i];
        }
        for (int c = 0; c < cells.length; c++) {
            ForecastResult cell = forecaster.forecast(new ForecastRequest(Arrays.copyOf(cells[c], fitted), 12,
                    horizon, "auto", List.of(80), null));
            double[] mean = cell.mean();
            withCells[nodes + c] = mean;
            withCellsVariances[nodes + c] = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                withCellsVariances[nodes + c][h] = Reconciliation.varianceFrom80(cell.intervals().get(80).lower()[h],
                        cell.intervals().get(80).upper()[h]);
            }
            for (int h = 0; h < horizon; h++) {
                double m = Math.max(0, mean[h]);
                bottomUp[0][h] += m;
                bottomUp[1 + c / REGIONS][h] += m;
                bottomUp[1 + ORGANISATIONS + c % REGIONS][h] += m;
            }
        }
        double[][] constraints = new double[2][nodes];
        constraints[0][0] = 1;
        constraints[1][0] = 1;
        for (int o = 0; o < ORGANISATIONS; o++) {
            constraints[0][1 + o] = -1;
        }
        for (int r = 0; r < REGIONS; r++) {
            constraints[1][1 + ORGANISATIONS + r] = -1;
        }
        // Every total less its cells: national, each organisation, each region.
        double[][] cellConstraints = new double[nodes][nodes + cells.length];
        for (int i = 0; i < nodes; i++) {
            cellConstraints[i][i] = 1;
        }
        for (int c = 0; c < cells.length; c++) {
            cellConstraints[0][nodes + c] = -1;
            cellConstraints[1 + c / REGIONS][nodes + c] = -1;
            cellConstraints[1 + ORGANISATIONS + c % REGIONS][nodes + c] = -1;
        }
        double[][] reconciledWithCells = Reconciliation.reconcile(withCells, cellConstraints, withCellsVariances,
                Reconciliation.Method.WLS);
        Map<String, double[][]> forecasts = new LinkedHashMap<>();
        forecasts.put("base", base);
        forecasts.put("bottom-up", bottomUp);
        forecasts.put("OLS", Reconciliation.reconcile(base, constraints, variances, Reconciliation.Method.OLS));
        forecasts.put("WLS", Reconciliation.reconcile(base, constraints, variances, Reconciliation.Method.WLS));
        forecasts.put("WLS with cells", Arrays.copyOf(reconciledWithCells, nodes));

        Map<String, Map<String, List<Double>>> out = new LinkedHashMap<>();
        forecasts.forEach((method, f) -> {
            Map<String, List<Double>> levels = new LinkedHashMap<>();
            for (int i = 0; i < nodes; i++) {
                double[] training = Arrays.copyOf(series[i], fitted);
                double abs = 0;
                for (int h = 0; h < horizon; h++) {
                    abs += Math.abs(series[i][fitted + h] - Math.max(0, f[i][h]));
                }
                double mase = abs / horizon / AccuracyBenchmark.naiveScale(training, 12);
                String level = i == 0 ? "national" : i <= ORGANISATIONS ? "organisations" : "regions";
                levels.computeIfAbsent(level, k -> new ArrayList<>()).add(mase);
                levels.computeIfAbsent("all", k -> new ArrayList<>()).add(mase);
            }
            out.put(method, levels);
        });
        return out;
    }

    /** Each count kept case by case with probability {@code share}: a smaller count with the same kind of noise. */
    private static double[] thin(double[] counts, double share, RandomGenerator random) {
        if (share >= 1) {
            return counts;
        }
        double[] out = new double[counts.length];
        for (int t = 0; t < counts.length; t++) {
            int n = (int) Math.round(counts[t]);
            out[t] = n == 0 ? 0 : new BinomialDistribution(random, n, share).sample();
        }
        return out;
    }

    private static double geometricMean(List<Double> values) {
        return Math.exp(values.stream().mapToDouble(v -> Math.log(Math.max(v, 1e-9))).average().orElse(Double.NaN));
    }
}
