package nl.entree.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReconciliationTest {

    /** total − a − b = 0. */
    private static final double[][] TOTAL_OF_TWO = {{1, -1, -1}};

    @Test
    void olsSpreadsTheGapEquallyOverTheTotalAndItsParts() {
        // By hand: the gap is 10 − 4 − 5 = 1; C Cᵀ = 3, so each moves by 1/3, the total down and the parts up.
        double[][] r = Reconciliation.reconcile(new double[][] {{10}, {4}, {5}}, TOTAL_OF_TWO,
                new double[][] {{1}, {1}, {1}}, Reconciliation.Method.OLS);
        assertEquals(9 + 2 / 3.0, r[0][0], 1e-12);
        assertEquals(4 + 1 / 3.0, r[1][0], 1e-12);
        assertEquals(5 + 1 / 3.0, r[2][0], 1e-12);
    }

    @Test
    void wlsMovesANoisyForecastMoreThanASteadyOne() {
        // Variances 1, 4, 1: C W Cᵀ = 6, λ = 1/6; the total moves 1/6, a (variance 4) 4/6, b 1/6.
        double[][] r = Reconciliation.reconcile(new double[][] {{10}, {4}, {5}}, TOTAL_OF_TWO,
                new double[][] {{1}, {4}, {1}}, Reconciliation.Method.WLS);
        assertEquals(10 - 1 / 6.0, r[0][0], 1e-12);
        assertEquals(4 + 4 / 6.0, r[1][0], 1e-12);
        assertEquals(5 + 1 / 6.0, r[2][0], 1e-12);
        assertEquals(r[0][0], r[1][0] + r[2][0], 1e-12);
    }

    @Test
    void aTotalSplitTwoWaysAddsUpBothWaysAtEveryHorizon() {
        // total = org1 + org2 = region1 + region2 + region3, base forecasts that agree with neither.
        double[][] base = {{100, 110}, {60, 70}, {45, 41}, {30, 33}, {30, 29}, {35, 50}};
        double[][] constraints = {{1, -1, -1, 0, 0, 0}, {1, 0, 0, -1, -1, -1}};
        double[][] variances = {{25, 30}, {9, 12}, {16, 10}, {4, 5}, {6, 6}, {8, 20}};
        for (Reconciliation.Method method : Reconciliation.Method.values()) {
            double[][] r = Reconciliation.reconcile(base, constraints, variances, method);
            for (int h = 0; h < 2; h++) {
                assertEquals(r[0][h], r[1][h] + r[2][h], 1e-9, method + " organisations, h=" + h);
                assertEquals(r[0][h], r[3][h] + r[4][h] + r[5][h], 1e-9, method + " regions, h=" + h);
            }
        }
    }

    @Test
    void coherentForecastsStayAsTheyAre() {
        double[][] base = {{9}, {4}, {5}};
        double[][] r = Reconciliation.reconcile(base, TOTAL_OF_TWO, new double[][] {{3}, {1}, {2}},
                Reconciliation.Method.WLS);
        assertEquals(9, r[0][0], 1e-12);
        assertEquals(4, r[1][0], 1e-12);
    }

    @Test
    void theVarianceOfAnEightyPercentBand() {
        assertEquals(1.0, Reconciliation.varianceFrom80(-1.2815515655446004, 1.2815515655446004), 1e-12);
    }
}
