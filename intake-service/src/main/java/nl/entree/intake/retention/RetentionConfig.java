package nl.entree.intake.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "entree.retention")
public interface RetentionConfig {

    /** Contact details and the free-text summary are erased this long after the contact was received. */
    @WithDefault("P365D")
    Duration contactDetails();

    /** When the retention job runs (Quartz cron; default 03:30 every night). */
    @WithDefault("0 30 3 * * ?")
    String cron();

    /** Idempotency keys only serve retries; after this they are deleted. */
    @WithDefault("P7D")
    Duration idempotencyKeys();
}
