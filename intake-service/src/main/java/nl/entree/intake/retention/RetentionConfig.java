package nl.entree.intake.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "entree.retention")
public interface RetentionConfig {

    /** Contact details and the free-text summary are erased this long after the contact was received. */
    @WithDefault("P365D")
    Duration contactDetails();

    /** When the retention job runs (Quartz cron, in Dutch time: {@code DutchTime}; default 03:30 every night). */
    @WithDefault("0 30 3 * * ?")
    String cron();

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
