package nl.entree.capacity.lines;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.entree.capacity.config.CapacityConfig;
import nl.entree.common.problem.ProblemException;

/**
 * Erlang C per hour. Chat concurrency c is modelled as c parallel conversations per agent, i.e. an effective
 * handling time of AHT / c per agent: the usual first approximation, optimistic when chats slow each other down.
 */
@ApplicationScoped
class LineStaffingService {

    static final int HOURS_PER_WEEK = 168;
    /** Beyond this the request is not a line but a mistake; the search would also run long. */
    static final double MAX_LOAD_ERLANG = 10_000;

    private final CapacityConfig config;

    public LineStaffingService(CapacityConfig config) {
        this.config = config;
    }

    public LineStaffing plan(LineStaffingRequest request) {
        List<Double> arrivals = request.arrivalsPerHour();
        if (arrivals.size() != 1 && arrivals.size() != HOURS_PER_WEEK) {
            throw ProblemException.badRequest("arrivalsPerHour", "must hold 1 rate or 168 (one per hour of the week)");
        }
        double maxOccupancy = request.maxOccupancy() == null ? config.lines().maxOccupancy() : request.maxOccupancy();
        double shrinkage = request.shrinkage() == null ? config.lines().shrinkage() : request.shrinkage();
        int concurrency = request.chatConcurrency() == null ? 1 : request.chatConcurrency();
        double contractHours = request.contractHoursPerFtePerWeek() == null ? config.contractHoursPerFtePerWeek()
                : request.contractHoursPerFtePerWeek();
        int minimum = config.lines().minimumAgents();
        double handling = request.averageHandlingTimeSeconds() / concurrency;
        double target = request.serviceLevelTarget();
        double within = request.answerWithinSeconds();

        boolean constant = arrivals.size() == 1;
        int hoursPerInterval = constant ? HOURS_PER_WEEK : 1;
        List<LineStaffing.Interval> intervals = new ArrayList<>();
        double seatHours = 0;
        for (int i = 0; i < arrivals.size(); i++) {
            double rate = arrivals.get(i);
            double load = rate * handling / 3600.0;
            if (load > MAX_LOAD_ERLANG) {
                throw ProblemException.badRequest("arrivalsPerHour[" + i + "]",
                        "gives an offered load above " + (long) MAX_LOAD_ERLANG + " Erlang");
            }
            int agents = ErlangC.agentsNeeded(load, handling, target, within, maxOccupancy, minimum);
            double level = load == 0 ? 1.0 : ErlangC.serviceLevel(agents, load, handling, within);
            double asa = load == 0 ? 0.0 : ErlangC.averageSpeedOfAnswer(agents, load, handling);
            double occupancy = agents == 0 ? 0.0 : load / agents;
            intervals.add(new LineStaffing.Interval(constant ? null : i, hoursPerInterval, rate, load, agents, level,
                    asa, occupancy));
            seatHours += (double) agents * hoursPerInterval;
        }
        double fte = seatHours / (1 - shrinkage) / contractHours;
        return new LineStaffing(intervals, seatHours, fte, request.averageHandlingTimeSeconds(), target, within,
                maxOccupancy, shrinkage, concurrency, minimum, contractHours);
    }
}
