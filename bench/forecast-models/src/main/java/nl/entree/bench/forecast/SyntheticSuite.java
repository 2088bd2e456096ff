package nl.entree.bench.forecast;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * A seeded suite of monthly count series in seven kinds, the same every run: trend, damped trend, strong season,
 * peaks, level shifts, overdispersed counts and a wandering level. Every series is Poisson counts around its mean
 * (negative binomial, i.e. gamma-mixed Poisson, for the overdispersed kind), with a season of its own.
 */
final class SyntheticSuite {

    static final List<String> KINDS = List.of("trend", "damped", "season", "peaks", "shifts", "overdispersed",
            "wandering");

    record Series(String kind, String id, double[] values) {
    }

    private SyntheticSuite() {
    }

    static List<Series> generate(int perKind, int months, long seed) {
        List<Series> suite = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            for (int k = 0; k < KINDS.size(); k++) {
                String kind = KINDS.get(k);
                RandomGenerator random = new Well19937c(seed + 1_000L * k + i);
                suite.add(new Series(kind, kind + "-" + i, series(kind, months, random)));
            }
        }
        return suite;
    }

    private static double[] series(String kind, int months, RandomGenerator random) {
        double level = 30 + random.nextDouble() * 1500;
        double amplitude = random.nextDouble() * 0.25;
        double phase = random.nextDouble() * 2 * Math.PI;
        double growth = (-0.005 + random.nextDouble() * 0.02) * level;
        double damping = 1;
        double dispersion = Double.POSITIVE_INFINITY;
        switch (kind) {
            case "damped" -> {
                growth = (0.01 + random.nextDouble() * 0.03) * level;
                damping = 0.85 + random.nextDouble() * 0.12;
            }
            case "season" -> amplitude = 0.2 + random.nextDouble() * 0.35;
            case "overdispersed" -> {
                level = 5 + random.nextDouble() * 60;
                growth = (-0.002 + random.nextDouble() * 0.01) * level;
                dispersion = 2 + random.nextDouble() * 8;
            }
            case "wandering" -> growth = 0;
            default -> {
            }
        }
        int shiftAt = kind.equals("shifts") ? 24 + random.nextInt(months - 30) : -1;
        double shift = (random.nextBoolean() ? 1 : -1) * (0.2 + random.nextDouble() * 0.3);
        double[] mean = new double[months];
        double trend = level;
        double step = growth;
        double wander = 1;
        for (int t = 0; t < months; t++) {
            if (t > 0) {
                trend += step;
                step *= damping;
            }
            if (kind.equals("wandering")) {
                wander *= Math.exp(0.04 * gaussian(random));
            }
            double season = 1 + amplitude * Math.sin(2 * Math.PI * t / 12 + phase)
                    + 0.3 * amplitude * Math.sin(4 * Math.PI * t / 12 + 2 * phase);
            double value = Math.max(0.5, trend) * season * wander * (t >= shiftAt && shiftAt >= 0 ? 1 + shift : 1);
            mean[t] = Math.max(0.5, value);
        }
        if (kind.equals("peaks")) {
            int peaks = 1 + random.nextInt(3);
            for (int p = 0; p < peaks; p++) {
                int at = 12 + random.nextInt(months - 12);
                double height = 1.5 + random.nextDouble() * 1.5;
                mean[at] *= height;
                if (at + 1 < months) {
                    mean[at + 1] *= 1 + (height - 1) / 2;
                }
            }
        }
        double[] values = new double[months];
        for (int t = 0; t < months; t++) {
            double m = mean[t];
            if (Double.isFinite(dispersion)) {
                m = new GammaDistribution(random, dispersion, m / dispersion).sample();
            }
            values[t] = m <= 0 ? 0 : new PoissonDistribution(random, m, PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
        }
        return values;
    }

    private static double gaussian(RandomGenerator random) {
        return random.nextGaussian();
    }
}
