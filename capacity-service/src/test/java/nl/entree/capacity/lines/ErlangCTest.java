package nl.entree.capacity.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reference values: the textbook call-centre example (100 calls per half hour, AHT 180 s, so 10 Erlang), as
 * tabulated in the usual Erlang C references (e.g. callcentrehelper.com's worked example): P(wait) 68.21% with 11
 * agents, service level 20 s of 79.56% with 13 and 88.84% with 14, so 80/20 needs 14 agents. Hand-computed cases
 * use M/M/1 and M/M/2, whose waiting probabilities have closed forms.
 */
class ErlangCTest {

    @Test
    void matchesThePublishedTenErlangExample() {
        assertEquals(0.6821, ErlangC.probabilityOfWaiting(11, 10), 5e-5);
        assertEquals(0.4494, ErlangC.probabilityOfWaiting(12, 10), 5e-5);
        assertEquals(0.2853, ErlangC.probabilityOfWaiting(13, 10), 5e-5);
        assertEquals(0.1741, ErlangC.probabilityOfWaiting(14, 10), 5e-5);
        assertEquals(0.7956, ErlangC.serviceLevel(13, 10, 180, 20), 5e-4);
        assertEquals(0.8884, ErlangC.serviceLevel(14, 10, 180, 20), 5e-4);
        assertEquals(14, ErlangC.agentsNeeded(10, 180, 0.8, 20, 1.0, 0));
        assertEquals(13, ErlangC.agentsNeeded(10, 180, 0.8, 60, 1.0, 0));
    }

    @Test
    void handComputedSmallQueues() {
        // Erlang B: B(1, 1) = 1/(1+1) = 0.5; B(2, 1) = 1·0.5 / (2 + 0.5) = 0.2
        assertEquals(0.5, ErlangC.erlangB(1, 1), 1e-12);
        assertEquals(0.2, ErlangC.erlangB(2, 1), 1e-12);
        // M/M/2 at a = 1: C = 2·0.2 / (2 − 1·0.8) = 1/3
        assertEquals(1.0 / 3.0, ErlangC.probabilityOfWaiting(2, 1), 1e-12);
        // M/M/1: C = ρ, ASA = ρ·AHT / (1 − ρ)
        assertEquals(0.5, ErlangC.probabilityOfWaiting(1, 0.5), 1e-12);
        assertEquals(0.5 * 60 / 0.5, ErlangC.averageSpeedOfAnswer(1, 0.5, 60), 1e-9);
        // SL = 1 − ρ·e^(−(1 − ρ)·t/AHT) with ρ = 0.5, t = AHT: 1 − 0.5·e^(−0.5)
        assertEquals(1 - 0.5 * Math.exp(-0.5), ErlangC.serviceLevel(1, 0.5, 60, 60), 1e-12);
    }

    @Test
    void anUnstableQueueNeverMeetsATarget() {
        assertEquals(1.0, ErlangC.probabilityOfWaiting(10, 10), 0);
        assertEquals(0.0, ErlangC.serviceLevel(9, 10, 180, 20), 0);
        assertTrue(Double.isInfinite(ErlangC.averageSpeedOfAnswer(10, 10, 180)));
    }

    @Test
    void occupancyCapAndMinimumRaiseTheAgents() {
        // 10 Erlang at most 70% busy: at least ⌈10 / 0.7⌉ = 15 agents
        assertEquals(15, ErlangC.agentsNeeded(10, 180, 0.8, 20, 0.7, 0));
        assertEquals(1, ErlangC.agentsNeeded(0, 180, 0.8, 20, 0.85, 1));
        assertEquals(3, ErlangC.agentsNeeded(0.1, 180, 0.8, 20, 0.85, 3));
    }

    @Test
    void staysFiniteForLargeLines() {
        double b = ErlangC.erlangB(5000, 4000);
        assertTrue(b >= 0 && b < 1e-40, "B = " + b);
        int agents = ErlangC.agentsNeeded(4000, 300, 0.8, 20, 0.95, 1);
        assertTrue(agents > 4000 && agents < 4300, "agents = " + agents);
    }
}
