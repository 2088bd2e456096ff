package nl.entree.capacity.lines;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Agents per interval and what they cost. {@code fte} = weeklySeatHours / (1 − shrinkage) / contract hours per
 * FTE per week. The parameters actually used are echoed, defaults included.
 */
@Schema(name = "LineStaffing")
public record LineStaffing(
        List<Interval> intervals,
        double weeklySeatHours,
        double fte,
        double averageHandlingTimeSeconds,
        double serviceLevelTarget,
        double answerWithinSeconds,
        double maxOccupancy,
        double shrinkage,
        int chatConcurrency,
        int minimumAgents,
        double contractHoursPerFtePerWeek) {

    /**
     * @param hourOfWeek  0 = Monday 00:00–01:00 … 167 = Sunday 23:00–24:00; null when one rate stands for every hour
     * @param hours       how many hours of the week the interval stands for (1, or 168 for a single rate)
     */
    public record Interval(
            Integer hourOfWeek,
            int hours,
            double arrivalsPerHour,
            double offeredLoadErlang,
            int agents,
            double serviceLevel,
            double averageSpeedOfAnswerSeconds,
            double occupancy) {
    }
}
