package nl.entree.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PeakDetectorTest {

    private final PeakDetector detector = new PeakDetector();

    private static double[] seasonalWithTrend(long seed) {
        Random random = new Random(seed);
        double[] y = new double[72];
        for (int t = 0; t < y.length; t++) {
            y[t] = 200 + 2 * t + 30 * Math.sin(2 * Math.PI * t / 12) + 8 * random.nextGaussian();
        }
        return y;
    }

    @Test
    void findsExactlyTheInjectedSpikes() {
        for (long seed = 1; seed <= 5; seed++) {
            double[] y = seasonalWithTrend(seed);
            y[20] += 150;
            y[57] += 200;
            List<Peak> peaks = detector.detect(y, 12, PeakDetector.DEFAULT_THRESHOLD);
            assertEquals(List.of(20, 57), peaks.stream().map(Peak::index).toList(), "seed " + seed);
            Peak peak = peaks.get(1);
            assertEquals(y[57], peak.observed(), 1e-9);
            assertEquals(y[57] - 200, peak.expected(), 40);
            assertTrue(peak.score() > PeakDetector.DEFAULT_THRESHOLD);
        }
    }

    @Test
    void aTroughIsNotAPeak() {
        double[] y = seasonalWithTrend(9);
        y[30] -= 200;
        assertTrue(detector.detect(y, 12, PeakDetector.DEFAULT_THRESHOLD).isEmpty());
    }

    @Test
    void aSpikeNextToAGapIsFoundAndTheGapIsNot() {
        for (long seed = 1; seed <= 5; seed++) {
            double[] y = seasonalWithTrend(seed);
            y[40] = Double.NaN;
            y[41] += 180;
            List<Integer> peaks = detector.detect(y, 12, PeakDetector.DEFAULT_THRESHOLD).stream()
                    .map(Peak::index).toList();
            assertTrue(peaks.contains(41) && !peaks.contains(40), "seed " + seed + ": " + peaks);
        }
    }

    @Test
    void findsTheMediaPeaksInTheDemoData() {
        double[] nonAcute = DemoData.csg().get(DemoData.NON_ACUTE);
        List<Integer> peaks = detector.detect(nonAcute, 12, PeakDetector.DEFAULT_THRESHOLD).stream()
                .map(Peak::index).toList();
        // 2022-01 (The Voice) is month 60 from 2017-01.
        assertTrue(peaks.contains(60), peaks.toString());
    }

    @Test
    void yearlyAndFlatSeriesWork() {
        double[] yearly = {100, 104, 103, 108, 250, 111, 115, 113};
        assertEquals(List.of(4), detector.detect(yearly, 1, 3.5).stream().map(Peak::index).toList());
        assertTrue(detector.detect(new double[] {5, 5, 5, 5, 5, 5}, 1, 3.5).isEmpty());
        assertTrue(detector.detect(new double[] {5, 9}, 1, 3.5).isEmpty());
    }

    @Test
    void badArgumentsNameTheField() {
        var error = assertThrows(IllegalArgumentException.class, () -> detector.detect(new double[] {1}, 0, 3.5));
        assertTrue(error.getMessage().startsWith("seasonLength:"));
        error = assertThrows(IllegalArgumentException.class, () -> detector.detect(new double[] {1}, 12, -1));
        assertTrue(error.getMessage().startsWith("threshold:"));
    }
}
