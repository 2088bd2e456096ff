package nl.entree.help.limits;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many questions and pickups help lets through: per client, and in all. A person asks one question and comes back
 * a few times for the answer; the limits stop a script, not them.
 */
@ConfigMapping(prefix = "entree.help.limits")
public interface LimitsConfig {

    /** Questions one client may ask per {@link #questionsPerClientPeriod()}. */
    @WithDefault("5")
    int questionsPerClient();

    @WithDefault("PT1H")
    Duration questionsPerClientPeriod();

    /** Questions all clients together may ask per minute, a bound on what a spread-out flood can store. */
    @WithDefault("60")
    int questionsPerMinute();

    /** Pickups one client may try per {@link #pickupsPerClientPeriod()}: enough for typing mistakes, not for guessing. */
    @WithDefault("10")
    int pickupsPerClient();

    @WithDefault("PT10M")
    Duration pickupsPerClientPeriod();

    /** Pickups all clients together may try per minute. */
    @WithDefault("300")
    int pickupsPerMinute();

    /** Clients remembered at most; the least recently seen go first. */
    @WithDefault("100000")
    int clients();
}
