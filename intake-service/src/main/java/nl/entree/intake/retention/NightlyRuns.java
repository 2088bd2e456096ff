package nl.entree.intake.retention;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

import nl.entree.common.time.DutchTime;

/**
 * When the nightly retention jobs run, read from the configuration their schedule is made of
 * ({@code entree.retention.cron}, in Dutch time as the job reads it), so that a day promised for an erasure is the day
 * the job keeps it, and a change of the schedule changes both.
 */
@ApplicationScoped
public class NightlyRuns {

    private final Optional<ExecutionTime> runs;

    NightlyRuns(RetentionConfig config) {
        String cron = config.cron().strip();
        // "off" and "disabled" are how Quarkus reads a cron that never fires.
        boolean off = cron.equalsIgnoreCase("off") || cron.equalsIgnoreCase("disabled");
        // Quartz, with cron-utils, as Quarkus's scheduler reads it (quarkus.scheduler.cron-type is left at its
        // default): any cron, not only a fixed time each night, gives the run the job really makes.
        this.runs = off ? Optional.empty() : Optional.of(ExecutionTime.forCron(
                new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ)).parse(cron)));
    }

    /**
     * The first run that erases what is due at {@code due}. Strictly after it: a job erases what is older than its
     * term, so a run at that very moment leaves it. Empty when the jobs do not run on their own: a day would then be
     * a promise nobody keeps, and no day is the safe answer.
     */
    public Optional<Instant> firstAfter(Instant due) {
        return runs.flatMap(r -> r.nextExecution(due.atZone(DutchTime.ZONE))).map(ZonedDateTime::toInstant);
    }
}
