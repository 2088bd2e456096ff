package nl.entree.intake.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "entree.outbox")
public interface OutboxConfig {

    /** How often the relay looks for due events, besides being woken after each commit. */
    @WithDefault("2s")
    String every();

    /** Events claimed per round. */
    @WithDefault("50")
    int batchSize();

    /** Contacts delivered at the same time within a round; one contact's events always go one after another. */
    @WithDefault("8")
    int concurrency();

    /** Wait after the first failed attempt; doubled after each further failure. */
    @WithDefault("PT1S")
    Duration initialBackoff();

    /** The longest wait between two attempts. */
    @WithDefault("PT30S")
    Duration maxBackoff();

    /** How long a claimed event stays with one relay before another instance may try it. */
    @WithDefault("PT60S")
    Duration lease();
}
