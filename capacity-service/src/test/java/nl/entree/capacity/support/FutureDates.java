package nl.entree.capacity.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import nl.entree.common.time.DutchTime;

/**
 * Dates for norm and cost versions written by tests. They lie four years ahead and more, within the five a version
 * may start ahead, and only grow, so that tests never change the versions in force today (which other tests compute
 * with) and never start a version before an open one.
 */
public final class FutureDates {

    private static final LocalDate FIRST = LocalDate.now(DutchTime.ZONE).plusYears(4);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private FutureDates() {
    }

    public static LocalDate next() {
        return FIRST.plusDays(7L * NEXT.incrementAndGet());
    }
}
