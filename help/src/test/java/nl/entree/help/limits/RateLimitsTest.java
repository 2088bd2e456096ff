package nl.entree.help.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class RateLimitsTest {

    /** Five questions an hour for each person, two a minute for everyone together. */
    private final RateLimits limits = new RateLimits(new LimitsConfig() {
        @Override
        public int questionsPerClient() {
            return 5;
        }

        @Override
        public Duration questionsPerClientPeriod() {
            return Duration.ofHours(1);
        }

        @Override
        public int questionsPerMinute() {
            return 2;
        }

        @Override
        public int pickupsPerClient() {
            return 10;
        }

        @Override
        public Duration pickupsPerClientPeriod() {
            return Duration.ofMinutes(10);
        }

        @Override
        public int pickupsPerMinute() {
            return 300;
        }

        @Override
        public int clients() {
            return 1000;
        }
    }, new SimpleMeterRegistry());

    @Test
    void tryingAgainWhileEveryoneTogetherIsOverTheLimitDoesNotUseUpAPersonsOwnQuestions() {
        assertTrue(limits.admit(RateLimits.Kind.QUESTION, "10.0.0.1").isEmpty());
        assertTrue(limits.admit(RateLimits.Kind.QUESTION, "10.0.0.2").isEmpty());
        for (int i = 0; i < 5; i++) {
            assertTrue(limits.admit(RateLimits.Kind.QUESTION, "10.0.0.3").isPresent(), "the surge is over the limit");
        }

        // The surge passes (as when intake could not be reached, the two earlier questions are given back).
        limits.giveBack(RateLimits.Kind.QUESTION, "10.0.0.1");
        limits.giveBack(RateLimits.Kind.QUESTION, "10.0.0.2");

        assertEquals(Optional.empty(), limits.admit(RateLimits.Kind.QUESTION, "10.0.0.3"),
                "five refusals in the surge left this person's own five questions as they were");
    }

    @Test
    void anIpv4ClientIsItsWholeAddressAndAnIpv6ClientItsSlash64() {
        assertEquals("10.0.0.1", RateLimits.network("10.0.0.1"));
        assertEquals("10.0.0.1", RateLimits.network("::ffff:10.0.0.1"), "IPv4 mapped into IPv6 is IPv4");
        assertEquals("2001:db8:1:2::/64", RateLimits.network("2001:db8:1:2:3:4:5:6"));
        assertEquals("2001:db8:1:2::/64", RateLimits.network("[2001:DB8:1:2::ffff]"));
        assertEquals("2001:db8:1:2::/64", RateLimits.network("2001:db8:1:2::1%eth0"));
        assertEquals("0:0:0:0::/64", RateLimits.network("::1"));
        assertEquals("not-an-address", RateLimits.network("not-an-address"));
    }
}
