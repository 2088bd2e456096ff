package nl.entree.forecast.model;

/**
 * One (seasonal) ARIMA order (p,d,q)(P,D,Q)[m], with or without a constant: the mean of the differenced series, which
 * is a drift when the series is differenced once. Named as R's {@code forecast} names them, for example
 * {@code ARIMA(0,1,1)(0,1,1)[12]} or {@code ARIMA(1,1,0) with drift}.
 *
 * @param conditioning how many differenced periods every residual sum of squares leaves out at the start; the same
 *                     for every order of one grid so that their criteria compare (0: just what the order needs)
 */
record ArimaOrder(int p, int d, int q, int seasonalP, int seasonalD, int seasonalQ, int m, boolean constant,
        int conditioning) implements Candidate {

    /** The number of estimated coefficients, σ² included. */
    int parameterCount() {
        return p + q + seasonalP + seasonalQ + (constant ? 1 : 0) + 1;
    }

    boolean seasonal() {
        return seasonalP + seasonalD + seasonalQ > 0;
    }

    /** Periods lost to differencing. */
    int differencingLoss() {
        return d + seasonalD * m;
    }

    /** Differenced periods the order itself needs before the first residual. */
    int ownConditioning() {
        return p + seasonalP * m;
    }

    @Override
    public String name() {
        StringBuilder name = new StringBuilder("ARIMA(" + p + "," + d + "," + q + ")");
        if (seasonal()) {
            name.append("(").append(seasonalP).append(",").append(seasonalD).append(",").append(seasonalQ)
                    .append(")[").append(m).append("]");
        }
        if (constant) {
            name.append(d + seasonalD == 0 ? " with mean" : " with drift");
        }
        return name.toString();
    }

    @Override
    public int minimumLength(int seasonLength) {
        return differencingLoss() + Math.max(conditioning, ownConditioning()) + parameterCount() + 4;
    }

    @Override
    public FittedModel fit(double[] values, int seasonLength) {
        return ArimaFit.fit(this, values, null);
    }

    @Override
    public FittedModel refit(double[] values, int seasonLength, FittedModel previous) {
        return ArimaFit.fit(this, values, previous instanceof ArimaFit fit ? fit.searchPoint() : null);
    }

    @Override
    public String toString() {
        return name();
    }
}
