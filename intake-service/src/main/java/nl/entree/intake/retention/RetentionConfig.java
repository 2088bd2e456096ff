package nl.entree.intake.retention;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "entree.retention")
public interface RetentionConfig {

    /** Contact details and the free-text summary are erased this long after the contact was received. */
    @WithDefault("P365D")
    Duration contactDetails();

    /** When the retention job runs (Quartz cron, read in {@link #zone()}; default 03:30 every night). */
    @WithDefault("0 30 3 * * ?")
    String cron();

    /**
     * The zone the cron is read in. Set, not left to the server's zone: the date a pickup promises for an erasure
     * is computed from the same cron and zone, and a server in UTC would run the job an hour or two later.
     */
    @WithDefault("Europe/Amsterdam")
    ZoneId zone();

    /**
     * False where the jobs are run by hand instead (tests, with the clock set to the moment they need). The cron
     * stays as it is: the erasure dates shown are computed from it.
     */
    @WithDefault("true")
    boolean onSchedule();

    /** Idempotency keys only serve retries; after this they are deleted. */
    @WithDefault("P7D")
    Duration idempotencyKeys();
}
