package nl.entree.help.limits;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many questions and pickups help lets through: per client, per IPv6 /48, and in all. A person asks one question
 * and comes back a few times for the answer; the limits stop a script, not them.
 */
@ConfigMapping(prefix = "entree.help.limits")
public interface LimitsConfig {

    /** Questions one client may ask per {@link #questionsPerClientPeriod()}. */
    @WithDefault("5")
    int questionsPerClient();

    @WithDefault("PT1H")
    Duration questionsPerClientPeriod();

    /**
     * Questions all the clients in one IPv6 /48 may ask together per {@link #questionsPerClientPeriod()}. A home
     * connection is often given a /48 or a /56 and may use any /64 in it, each a client of its own: without this one
     * household could ask 5 questions from each of thousands of /64s. A few clients' share, for a family or an office.
     */
    @WithDefault("15")
    int questionsPerPrefix();

    /** Questions all clients together may ask per minute, a bound on what a spread-out flood can store. */
    @WithDefault("60")
    int questionsPerMinute();

    /** Pickups one client may try per {@link #pickupsPerClientPeriod()}: enough for typing mistakes, not for guessing. */
    @WithDefault("10")
    int pickupsPerClient();

    @WithDefault("PT10M")
    Duration pickupsPerClientPeriod();

    /** Pickups all the clients in one IPv6 /48 may try together per {@link #pickupsPerClientPeriod()}. */
    @WithDefault("30")
    int pickupsPerPrefix();

    /** Pickups all clients together may try per minute. */
    @WithDefault("300")
    int pickupsPerMinute();

    /** Clients remembered at most; the least recently seen go first. */
    @WithDefault("100000")
    int clients();
}
