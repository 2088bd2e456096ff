package nl.entree.intake.retention;

import jakarta.inject.Singleton;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Skips the retention jobs' scheduled runs where they are run by hand ({@code entree.retention.on-schedule=false}):
 * switching the cron off instead would leave no schedule to compute the erasure dates shown from.
 */
@Singleton
public class RunByHand implements Scheduled.SkipPredicate {

    private final RetentionConfig config;

    RunByHand(RetentionConfig config) {
        this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.onSchedule();
    }
}
