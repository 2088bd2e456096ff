package nl.entree.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/** The service's clock in tests: real time until a test sets it, so "now" can be any moment, a change of the clocks included. */
@Alternative
@Priority(1)
@Singleton
public class MutableClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant at) {
        fixed = at;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
