package nl.entree.capacity.lines;

/**
 * Erlang C for a queue with n agents and offered load a = arrival rate × handling time (in Erlang). Computed from
 * the Erlang B recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)): no factorials or powers, so it stays finite
 * and accurate for thousands of agents. Then C(n, a) = n·B / (n − a·(1 − B)).
 */
final class ErlangC {

    private ErlangC() {
    }

    public static double erlangB(int agents, double load) {
        double b = 1.0;
        for (int k = 1; k <= agents; k++) {
            b = next(b, k, load);
        }
        return b;
    }

    /** Probability that a contact has to wait; 1 when the queue is unstable (a ≥ n). */
    public static double probabilityOfWaiting(int agents, double load) {
        return fromB(erlangB(agents, load), agents, load);
    }

    /** Share of contacts answered within {@code seconds}: 1 − C·e^(−(n−a)·t/AHT). */
    public static double serviceLevel(int agents, double load, double handlingSeconds, double seconds) {
        return serviceLevelFromC(probabilityOfWaiting(agents, load), agents, load, handlingSeconds, seconds);
    }

    /** Average speed of answer: C·AHT / (n − a); infinite when the queue is unstable. */
    public static double averageSpeedOfAnswer(int agents, double load, double handlingSeconds) {
        if (agents <= load) {
            return Double.POSITIVE_INFINITY;
        }
        return probabilityOfWaiting(agents, load) * handlingSeconds / (agents - load);
    }

    /**
     * The fewest agents (at least {@code minimum}) that meet the service level and keep occupancy a/n at or below
     * {@code maxOccupancy}. B is carried from n−1 to n, so the search costs one step per agent.
     */
    public static int agentsNeeded(double load, double handlingSeconds, double target, double seconds,
            double maxOccupancy, int minimum) {
        if (load <= 0) {
            return Math.max(0, minimum);
        }
        double b = 1.0;
        for (int n = 1; ; n++) {
            b = next(b, n, load);
            if (n < minimum || n <= load || load / n > maxOccupancy) {
                continue;
            }
            double c = fromB(b, n, load);
            if (serviceLevelFromC(c, n, load, handlingSeconds, seconds) >= target) {
                return n;
            }
        }
    }

    private static double next(double b, int k, double load) {
        return load * b / (k + load * b);
    }

    private static double fromB(double b, int agents, double load) {
        if (agents <= load) {
            return 1.0;
        }
        return agents * b / (agents - load * (1 - b));
    }

    private static double serviceLevelFromC(double c, int agents, double load, double handlingSeconds,
            double seconds) {
        if (agents <= load) {
            return 0.0;
        }
        return 1 - c * Math.exp(-(agents - load) * seconds / handlingSeconds);
    }
}
