package nl.entree.capacity.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dates for norm versions written by tests. They lie far ahead and only grow, so that tests never change the
 * norms in force today (which other tests compute with) and never start a version before an open one.
 */
public final class FutureDates {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private FutureDates() {
    }

    public static LocalDate next() {
        return LocalDate.of(2200, 1, 1).plusDays(10L * NEXT.incrementAndGet());
    }
}
