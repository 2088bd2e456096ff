package nl.entree.triage.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "entree.retention")
public interface RetentionConfig {

    /**
     * A closed case keeps its free text and identifying fields this long (default two years: docs/triage.md says
     * why); then only what statistics need is left.
     */
    @WithDefault("P730D")
    Duration closedCases();

    /** When the retention job runs (Quartz cron, in Dutch time; default 03:45, after intake's at 03:30). */
    @WithDefault("0 45 3 * * ?")
    String cron();
}
