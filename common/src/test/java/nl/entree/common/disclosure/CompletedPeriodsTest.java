package nl.entree.common.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A month or year is shown to a ministry, and so frozen, a day after it ended in the Netherlands: the cases delivered
 * just after midnight still join it first.
 */
class CompletedPeriodsTest {

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void aMonthIsCompletedADayAfterItEndedInDutchTime() {
        // 1 December 00:30 and 23:59 in Amsterdam (UTC+1): November ended less than a day ago.
        assertEquals(YearMonth.of(2026, 10), Disclosure.lastCompletedMonth(at("2026-11-30T23:30:00Z")));
        assertEquals(YearMonth.of(2026, 10), Disclosure.lastCompletedMonth(at("2026-12-01T22:59:00Z")));
        // 2 December 00:00 in Amsterdam is still 1 December in UTC.
        assertEquals(YearMonth.of(2026, 11), Disclosure.lastCompletedMonth(at("2026-12-01T23:00:00Z")));
        assertEquals(YearMonth.of(2026, 11), Disclosure.lastCompletedMonth(at("2026-12-31T12:00:00Z")));
        // Summer time (UTC+2): 2 September begins at 22:00 UTC on the 1st.
        assertEquals(YearMonth.of(2026, 7), Disclosure.lastCompletedMonth(at("2026-09-01T21:59:00Z")));
        assertEquals(YearMonth.of(2026, 8), Disclosure.lastCompletedMonth(at("2026-09-01T22:00:00Z")));
    }

    @Test
    void aMonthIsCompletedAtTheMomentItBecomesTheLastCompletedMonth() {
        for (YearMonth month : List.of(YearMonth.of(2026, 11), YearMonth.of(2026, 8), YearMonth.of(2027, 3),
                YearMonth.of(2026, 10))) {
            Instant completed = Disclosure.completedAt(month);
            assertEquals(month.minusMonths(1), Disclosure.lastCompletedMonth(at(completed.minusNanos(1).toString())));
            assertEquals(month, Disclosure.lastCompletedMonth(at(completed.toString())));
        }
        assertEquals(Instant.parse("2026-12-01T23:00:00Z"), Disclosure.completedAt(YearMonth.of(2026, 11)));
        assertEquals(Instant.parse("2026-09-01T22:00:00Z"), Disclosure.completedAt(YearMonth.of(2026, 8)));
        assertEquals(Instant.parse("2026-09-01T21:55:00Z"), Disclosure.takenInBefore(YearMonth.of(2026, 8)));
    }

    @Test
    void aYearIsCompletedOnTheSecondOfJanuaryInDutchTime() {
        assertEquals(2025, Disclosure.lastCompletedYear(at("2027-01-01T22:59:00Z")));
        assertEquals(2026, Disclosure.lastCompletedYear(at("2027-01-01T23:00:00Z")));
        assertEquals(2026, Disclosure.lastCompletedYear(at("2027-12-31T22:59:00Z")));
    }
}
