package nl.entree.help.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class RateLimitsTest {

    /** Five questions an hour for each person, two a minute for everyone together. */
    private final RateLimits limits = new RateLimits(new Config(2), new SimpleMeterRegistry());

    /** The defaults: five questions an hour for each person, 15 for each IPv6 /48; everyone together is no bound. */
    private final RateLimits households = new RateLimits(new Config(1000), new SimpleMeterRegistry());

    private record Config(int questionsPerMinute) implements LimitsConfig {

        @Override
        public int questionsPerClient() {
            return 5;
        }

        @Override
        public Duration questionsPerClientPeriod() {
            return Duration.ofHours(1);
        }

        @Override
        public int questionsPerPrefix() {
            return 15;
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
        public int pickupsPerPrefix() {
            return 30;
        }

        @Override
        public int pickupsPerMinute() {
            return 300;
        }

        @Override
        public int clients() {
            return 1000;
        }
    }

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

    @Test
    void aSlash48RotatingItsSlash64sIsStoppedWhileAnotherSlash48AndIpv4ClientsGoOn() {
        int asked = 0;
        for (int net = 0; net < 20; net++) {
            for (int i = 1; i <= 5; i++) {
                asked += households.admit(RateLimits.Kind.QUESTION, "2001:db8:1:%x::%x".formatted(net, i)).isEmpty()
                        ? 1 : 0;
            }
        }
        assertEquals(15, asked, "twenty /64s of one /48, five questions each: the /48's 15, not 100");
        assertTrue(households.admit(RateLimits.Kind.QUESTION, "[2001:DB8:1:ffff::1]").isPresent());
        assertTrue(households.waiting(RateLimits.Kind.QUESTION, "2001:db8:1:abcd::1").isPresent(),
                "a /64 of that /48 not seen before is told to wait too");

        assertEquals(Optional.empty(), households.admit(RateLimits.Kind.QUESTION, "2001:db8:2::1"),
                "the /48 next door is another household");

        int pickups = 0;
        for (int net = 0; net < 10; net++) {
            for (int i = 1; i <= 10; i++) {
                pickups += households.admit(RateLimits.Kind.PICKUP, "2001:db8:3:%x::%x".formatted(net, i)).isEmpty()
                        ? 1 : 0;
            }
        }
        assertEquals(30, pickups, "ten /64s of one /48, ten pickups each: the /48's 30, not 100");

        // IPv4 as before: an address is one connection, and twenty of one /24 are twenty clients.
        for (int address = 1; address <= 20; address++) {
            for (int i = 0; i < 5; i++) {
                assertEquals(Optional.empty(), households.admit(RateLimits.Kind.QUESTION, "10.0.1." + address));
            }
        }
    }

    @Test
    void aRefusalByItsSlash48LeavesASlash64ItsOwnShare() {
        for (int net = 0; net < 3; net++) {
            for (int i = 1; i <= 5; i++) {
                assertTrue(households.admit(RateLimits.Kind.QUESTION, "2001:db8:4:%x::%x".formatted(net, i)).isEmpty());
            }
        }
        for (int i = 0; i < 5; i++) {
            assertTrue(households.admit(RateLimits.Kind.QUESTION, "2001:db8:4:ff::1").isPresent(), "the /48 is full");
        }

        // Intake was down for five of the questions: they are given back, to the /64 and to its /48.
        for (int i = 0; i < 5; i++) {
            households.giveBack(RateLimits.Kind.QUESTION, "2001:db8:4:0::1");
        }

        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), households.admit(RateLimits.Kind.QUESTION, "2001:db8:4:ff::1"),
                    "five refusals by the /48 took nothing of this /64's own five");
        }
    }

    @Test
    void anIpv6ClientIsAlsoCountedByItsSlash48() {
        assertEquals(Optional.of("2001:db8:1::/48"), RateLimits.prefix("2001:db8:1:2:3:4:5:6"));
        assertEquals(Optional.of("2001:db8:1::/48"), RateLimits.prefix("[2001:DB8:1:ffff::1]"));
        assertEquals(Optional.of("2001:db8:1::/48"), RateLimits.prefix("2001:db8:1::1%eth0"));
        assertEquals(Optional.empty(), RateLimits.prefix("10.0.0.1"));
        assertEquals(Optional.empty(), RateLimits.prefix("::ffff:10.0.0.1"), "IPv4 mapped into IPv6 is IPv4");
        assertEquals(Optional.empty(), RateLimits.prefix("not-an-address"));
        assertEquals(Optional.empty(), RateLimits.prefix(null));
    }
}
