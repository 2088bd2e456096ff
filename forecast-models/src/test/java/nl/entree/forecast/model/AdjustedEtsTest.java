package nl.entree.forecast.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * ETS on the seasonally adjusted series against the same steps done in R (forecast 8.20): {@code decompose()},
 * {@code ets()} for every non-seasonal form on {@code x / figure} (or {@code x − figure}), Akaike weights from their
 * {@code $aicc}, the weighted forecast times (plus) the figure. The optimisers differ, so forecasts agree to within
 * half a percent, not to the digit.
 */
class AdjustedEtsTest {

    private static final double[] SIX_YEARS = Arrays.copyOf(AirPassengers.VALUES, 72);

    @Test
    void sixYearsOfAirPassengersAreDividedByTheirFigureAndForecastWithAkaikeWeights() {
        AdjustedEts.Fit fit = (AdjustedEts.Fit) new AdjustedEts().fit(SIX_YEARS, 12);
        // decompose(window(AirPassengers, end = c(1954, 12)), type = "multiplicative")$figure
        assertArrayEquals(new double[] {0.9095594506, 0.9157284334, 1.0520170448, 0.9933712865, 0.9830276395,
            1.0892304498, 1.1768757325, 1.1862731001, 1.0594287506, 0.9231226155, 0.8017121340, 0.9096533626},
                fit.figure(), 1e-9);
        // R's weights: ETS(M,A,N) 0.909, ETS(M,Ad,N) 0.038, ETS(M,N,N) 0.027, ETS(A,A,N) 0.023, the rest < 0.003.
        assertEquals(0.909, fit.weight(EtsForm.parse("ETS(M,A,N)")), 0.05);
        assertEquals(1, List.of("ETS(A,N,N)", "ETS(A,A,N)", "ETS(A,Ad,N)", "ETS(M,N,N)", "ETS(M,A,N)", "ETS(M,Ad,N)")
                .stream().mapToDouble(form -> fit.weight(EtsForm.parse(form))).sum(), 1e-12);
        double[] r = {231.1569379, 234.2415635, 270.8455017};
        double[] mean = fit.mean(3);
        for (int h = 0; h < 3; h++) {
            assertEquals(r[h], mean[h], 0.005 * r[h], "month " + (h + 1));
        }
        assertEquals(1, fit.parameters().get("seasonallyAdjusted"));
    }

    @Test
    void aSeriesWithAZeroHasItsFigureSubtractedAndOnlyAdditiveErrors() {
        double[] withZero = Arrays.stream(SIX_YEARS).map(v -> v - 104).toArray();
        AdjustedEts.Fit fit = (AdjustedEts.Fit) new AdjustedEts().fit(withZero, 12);
        // decompose(x - 104, type = "additive")$figure, the first three months
        assertArrayEquals(new double[] {-16.25625, -16.94791667, 9.41875}, Arrays.copyOf(fit.figure(), 3), 1e-8);
        assertEquals(0, fit.weight(EtsForm.parse("ETS(M,A,N)")));
        double[] r = {124.8749454, 124.8750276, 151.9328776};
        double[] mean = fit.mean(3);
        for (int h = 0; h < 3; h++) {
            assertEquals(r[h], mean[h], 0.005 * r[h], "month " + (h + 1));
        }
    }

    @Test
    void fewerThanTwoSeasonsAreNotAdjusted() {
        AdjustedEts.Fit fit = (AdjustedEts.Fit) new AdjustedEts().fit(Arrays.copyOf(AirPassengers.VALUES, 20), 12);
        assertNull(fit.figure());
        assertEquals(0, fit.parameters().get("seasonallyAdjusted"));
    }

    @Test
    void itsIntervalIsTheWeightedBandPutBackIntoTheSeason() {
        AdjustedEts.Fit fit = (AdjustedEts.Fit) new AdjustedEts().fit(SIX_YEARS, 12);
        var band = fit.intervals(12, List.of(80)).get(80);
        double[] mean = fit.mean(12);
        for (int h = 0; h < 12; h++) {
            assertTrue(band.lower()[h] < mean[h] && mean[h] < band.upper()[h], "month " + (h + 1));
        }
        // The busy summer months get the wider band: the season multiplies the bounds as it multiplies the mean.
        double july = band.upper()[6] - band.lower()[6];
        double november = band.upper()[10] - band.lower()[10];
        assertTrue(july > november, july + " vs " + november);
    }
}
