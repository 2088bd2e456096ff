package nl.entree.capacity.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The assumptions behind every hour and FTE figure. They are configuration, not code, because the letter gives
 * none of them: each organisation should set its own (docs/capacity.md, "Assumptions").
 */
@ConfigMapping(prefix = "entree.capacity")
public interface CapacityConfig {

    /** Contract hours of one FTE per week, where staffing does not register its own. */
    @WithDefault("36")
    double contractHoursPerFtePerWeek();

    /** Share of contract hours spent on casework (the rest: leave, training, meetings, travel not booked). */
    @WithDefault("0.7")
    double productiveShare();

    /** The horizon over which available hours are compared with committed hours. */
    @WithDefault("4")
    int planningWeeks();

    /** Veilig Thuis' statutory term for the safety assessment. */
    @WithDefault("5")
    int vtDeadlineDays();

    /** The milestone, in triage's milestone plan for VT_SAFETY_ASSESSMENT, that is the safety assessment. */
    @WithDefault("SAFETY_ASSESSMENT")
    String vtSafetyAssessmentMilestone();

    Lines lines();

    /** Defaults for 24/7 line planning when the request leaves them out. */
    interface Lines {
        @WithDefault("0.85")
        double maxOccupancy();

        @WithDefault("0.3")
        double shrinkage();

        /** A 24/7 line is never left unmanned, even in an hour without expected contacts. */
        @WithDefault("1")
        int minimumAgents();
    }
}
