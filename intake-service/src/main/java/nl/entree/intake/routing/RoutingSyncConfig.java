package nl.entree.intake.routing;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "entree.routing-sync")
public interface RoutingSyncConfig {

    /** How often intake pulls triage's routing changes; {@code off} never (tests run the job themselves). */
    @WithDefault("30s")
    String every();

    /**
     * How far back each run reads again. A change is stamped while its transaction in triage runs and seen when it
     * commits, by a pod whose clock may be a little behind another's, so one stamped earlier may appear after a later
     * one was read; triage's transactions end within a minute, and reading a change twice writes the same lead again.
     */
    @WithDefault("PT2M")
    Duration overlap();

    /** Changes per call, at most triage's 500. */
    @WithDefault("500")
    @Min(1)
    @Max(500)
    int pageSize();
}
