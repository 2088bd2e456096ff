package nl.entree.directory.opening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.entree.directory.hsds.Schedule;
import nl.entree.directory.opening.Openness.State;

/**
 * Opening hours as a Dutch caller lives them. 2026's clocks go forward on 29 March (02:00 CET becomes 03:00 CEST) and
 * back on 25 October (03:00 CEST becomes 02:00 CET). Each moment comes from a fixed clock, as the service's does.
 */
class OpeningHoursTest {

    private static final List<Schedule> OFFICE = List.of(weekly("MO,TU,WE,TH,FR", "08:30", "17:00"));
    private static final List<Schedule> ALWAYS = List.of(weekly(Schedule.ALL_DAYS, "00:00", "24:00"));
    private static final List<Schedule> NIGHT_CHAT = List.of(weekly(Schedule.ALL_DAYS, "19:00", "06:00"));

    @Test
    void officeHoursOpenAtHalfPastEightLocalTimeOnBothSidesOfTheSpringChange() {
        // Friday before the change: 08:45 CET is 07:45Z.
        assertEquals(State.OPEN, at(OFFICE, "2026-03-27T07:45:00Z").state());
        // Monday after it: 08:45 CEST is 06:45Z; a fixed winter offset would call this 07:45, closed.
        assertEquals(State.OPEN, at(OFFICE, "2026-03-30T06:45:00Z").state());
        assertEquals(State.CLOSED, at(OFFICE, "2026-03-30T06:15:00Z").state());
    }

    @Test
    void closedOnFridayEveningNextOpensOnMondayInSummerTime() {
        Openness friday = at(OFFICE, "2026-03-27T16:30:00Z"); // 17:30 CET
        assertEquals(State.CLOSED, friday.state());
        assertEquals(Instant.parse("2026-03-30T06:30:00Z"), friday.nextOpens()); // 08:30 CEST
        assertNull(friday.closesAt());
    }

    @Test
    void afterTheAutumnChangeMondayOpensAnHourLaterInUtc() {
        Openness friday = at(OFFICE, "2026-10-23T15:30:00Z"); // 17:30 CEST
        assertEquals(State.CLOSED, friday.state());
        assertEquals(Instant.parse("2026-10-26T07:30:00Z"), friday.nextOpens()); // 08:30 CET
        Openness open = at(OFFICE, "2026-10-23T14:00:00Z");
        assertEquals(Instant.parse("2026-10-23T15:00:00Z"), open.closesAt()); // 17:00 CEST
    }

    @Test
    void aNightChatRunsPastMidnightAndEndsAtSixLocalTimeOnTheNightTheClocksGoForward() {
        // Saturday 28 March 19:00 CET (18:00Z) to Sunday 06:00 CEST (04:00Z): ten hours, not eleven.
        Openness lateNight = at(NIGHT_CHAT, "2026-03-29T03:30:00Z");
        assertEquals(State.OPEN, lateNight.state());
        assertEquals(Instant.parse("2026-03-29T04:00:00Z"), lateNight.closesAt());
        Openness morning = at(NIGHT_CHAT, "2026-03-29T04:30:00Z");
        assertEquals(State.CLOSED, morning.state());
        assertEquals(Instant.parse("2026-03-29T17:00:00Z"), morning.nextOpens()); // 19:00 CEST
    }

    @Test
    void twentyFourSevenIsOpenInTheSkippedHourAndTwiceInTheRepeatedHour() {
        for (String moment : List.of("2026-03-29T00:59:00Z", "2026-03-29T01:00:00Z", "2026-10-25T00:30:00Z",
                "2026-10-25T01:30:00Z", "2026-12-31T23:59:59Z")) {
            Openness o = at(ALWAYS, moment);
            assertEquals(State.OPEN, o.state(), moment);
            assertNull(o.closesAt(), "24/7 never closes: " + moment);
        }
        assertEquals("24/7", at(ALWAYS, "2026-03-29T01:00:00Z").hours());
    }

    @Test
    void aDatedClosureReplacesTheWeekAndTheServiceOpensAfterTheHolidays() {
        List<Schedule> december = List.of(OFFICE.get(0),
                exception(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-24"), "08:30", "12:00"),
                exception(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26"), null, null));
        Openness christmasEveMorning = at(december, "2026-12-24T10:00:00Z"); // 11:00 CET
        assertEquals(State.OPEN, christmasEveMorning.state());
        assertEquals(Instant.parse("2026-12-24T11:00:00Z"), christmasEveMorning.closesAt()); // 12:00 CET
        Openness christmasEveAfternoon = at(december, "2026-12-24T12:00:00Z"); // 13:00 CET, normally open
        assertEquals(State.CLOSED, christmasEveAfternoon.state());
        assertEquals(Instant.parse("2026-12-28T07:30:00Z"), christmasEveAfternoon.nextOpens()); // Monday 08:30 CET
        assertEquals(State.CLOSED, at(december, "2026-12-25T10:00:00Z").state()); // a Friday, closed by exception
    }

    @Test
    void theLastDayBeforeALongClosureStillSaysWhenItCloses() {
        List<Schedule> summer = List.of(OFFICE.get(0),
                exception(LocalDate.parse("2026-07-20"), LocalDate.parse("2026-08-07"), null, null));
        Openness friday = at(summer, "2026-07-17T10:00:00Z"); // 12:00 CEST, the last opening for three weeks
        assertEquals(State.OPEN, friday.state());
        assertEquals(Instant.parse("2026-07-17T15:00:00Z"), friday.closesAt()); // 17:00 CEST, not "open all along"
    }

    @Test
    void aDatedClosureOfATwentyFourSevenLineEndsAtMidnightLocalTime() {
        List<Schedule> closedOneDay = List.of(ALWAYS.get(0),
                exception(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-29"), null, null));
        Openness o = at(closedOneDay, "2026-03-29T12:00:00Z");
        assertEquals(State.CLOSED, o.state());
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), o.nextOpens()); // 30 March 00:00 CEST
        assertEquals(Instant.parse("2026-03-28T23:00:00Z"),
                at(closedOneDay, "2026-03-28T20:00:00Z").closesAt()); // 29 March 00:00 CET
    }

    @Test
    void officeHoursAreUnknownOnAPublicHolidayUnlessTheDirectorySaysOtherwise() {
        // King's Day 2026 is Monday 27 April; 10:00 CEST is 08:00Z. The facts say "werkdagen", not whether that day.
        Openness kingsDay = at(OFFICE, "2026-04-27T08:00:00Z");
        assertEquals(State.UNKNOWN, kingsDay.state());
        assertNull(kingsDay.closesAt());
        assertEquals(State.OPEN, at(OFFICE, "2026-04-28T08:00:00Z").state());
        // Friday evening before Whit Monday (25 May 2026): whether it opens on Monday is not known, so nobody can say
        // when it next opens; Tuesday's opening would send someone past a Monday it may well be open.
        assertEquals(State.CLOSED, at(OFFICE, "2026-05-22T16:00:00Z").state());
        assertNull(at(OFFICE, "2026-05-22T16:00:00Z").nextOpens());
        // A line open every day, or round the clock, is taken at its word on Christmas Day.
        assertEquals(State.OPEN, at(ALWAYS, "2026-12-25T10:00:00Z").state());
        assertEquals(State.OPEN, at(NIGHT_CHAT, "2026-12-25T21:00:00Z").state());
        // What the directory records for the day stands.
        List<Schedule> openOnKingsDay = List.of(OFFICE.get(0),
                exception(LocalDate.parse("2026-04-27"), LocalDate.parse("2026-04-27"), "10:00", "14:00"));
        assertEquals(State.OPEN, at(openOnKingsDay, "2026-04-27T09:00:00Z").state());
    }

    @Test
    void nextOpensStopsAtTheFirstDayWhoseHoursAreUnknown() {
        // CVSN's "werkdagen 08:30–17:00" on Friday 24 April 2026, 18:00 CEST: Monday is King's Day, and whether the
        // line is open then is not known. "Opens Tuesday" would be a guess.
        Openness beforeKingsDay = at(OFFICE, "2026-04-24T16:00:00Z");
        assertEquals(State.CLOSED, beforeKingsDay.state());
        assertNull(beforeKingsDay.nextOpens());
        assertEquals(State.UNKNOWN, at(OFFICE, "2026-04-27T08:00:00Z").state(), "King's Day itself");
        // Christmas Eve 2025 (Wednesday), 18:00 CET: Christmas falls on Thursday and Friday.
        Openness christmasEve = at(OFFICE, "2025-12-24T17:00:00Z");
        assertEquals(State.CLOSED, christmasEve.state());
        assertNull(christmasEve.nextOpens());
        // Without a holiday in between it still says when it opens: Thursday 30 April evening, Friday 08:30 CEST.
        assertEquals(Instant.parse("2026-05-01T06:30:00Z"), at(OFFICE, "2026-04-30T16:00:00Z").nextOpens());
    }

    @Test
    void aHolidayOnADayTheWeekKeepsClosedIsClosedAndTheNextWorkingDayIsKnown() {
        // Christmas 2027 is a Saturday and Boxing Day a Sunday: office hours are closed then anyway.
        Openness christmas = at(OFFICE, "2027-12-25T11:00:00Z");
        assertEquals(State.CLOSED, christmas.state());
        assertEquals(Instant.parse("2027-12-27T07:30:00Z"), christmas.nextOpens()); // Monday 08:30 CET
    }

    @Test
    void aNightOpeningAfterAHolidayWhoseHoursAreUnknownIsUnknownToo() {
        // A night line on working days, 19:00–06:00. Monday 27 April 2026 is King's Day: whether Monday's night
        // opened is unknown, so Tuesday 03:00 CEST is not "closed until 19:00".
        List<Schedule> nights = List.of(weekly("MO,TU,WE,TH,FR", "19:00", "06:00"));
        assertEquals(State.UNKNOWN, at(nights, "2026-04-28T01:00:00Z").state());
        assertEquals(State.CLOSED, at(nights, "2026-04-28T06:00:00Z").state()); // 08:00 CEST, after the night
        assertEquals(State.OPEN, at(nights, "2026-04-29T01:00:00Z").state()); // Wednesday 03:00 CEST
    }

    @Test
    void aKnownNightOpeningRunsOnIntoAHolidayWhoseOwnHoursAreUnknown() {
        // Wednesday 13 May 2026's night, 19:00–06:00, runs into Ascension Day: known, though Thursday's own is not.
        List<Schedule> nights = List.of(weekly("MO,TU,WE,TH,FR", "19:00", "06:00"));
        assertEquals(State.OPEN, at(nights, "2026-05-13T21:59:00Z").state()); // Wednesday 23:59 CEST
        Openness afterMidnight = at(nights, "2026-05-13T22:30:00Z"); // Ascension Day 00:30 CEST
        assertEquals(State.OPEN, afterMidnight.state());
        assertNull(afterMidnight.closesAt(), "the holiday might carry the night on");
        assertEquals(State.OPEN, at(nights, "2026-05-14T00:30:00Z").state()); // 02:30 CEST
        assertEquals(State.UNKNOWN, at(nights, "2026-05-14T04:00:00Z").state()); // 06:00 CEST, the night is over
        assertEquals(State.UNKNOWN, at(nights, "2026-05-14T17:30:00Z").state()); // the holiday's own night
    }

    @Test
    void aWeeklyRuleOutsideItsDatesSaysUnknownNotClosedAndNotItsHours() {
        List<Schedule> ended = List.of(weekly("MO,TU,WE,TH,FR", "08:30", "17:00", null, LocalDate.of(2026, 1, 31)));
        Openness afterIt = at(ended, "2026-03-27T10:00:00Z"); // a Friday, 11:00 CET
        assertEquals(State.UNKNOWN, afterIt.state());
        assertEquals("onbekend", afterIt.hours(), "the ended week is not shown as the hours");
        List<Schedule> notYet = List.of(weekly("MO,TU,WE,TH,FR", "08:30", "17:00", LocalDate.of(2026, 6, 1), null));
        assertEquals(State.UNKNOWN, at(notYet, "2026-03-27T10:00:00Z").state());
        assertEquals(State.OPEN, at(notYet, "2026-06-01T10:00:00Z").state());
        // On the last day of a rule, the days after it are unknown: no reopening is promised.
        List<Schedule> endsFriday = List.of(weekly("MO,TU,WE,TH,FR", "08:30", "17:00", null,
                LocalDate.of(2026, 3, 27)));
        Openness lastEvening = at(endsFriday, "2026-03-27T17:00:00Z");
        assertEquals(State.CLOSED, lastEvening.state());
        assertNull(lastEvening.nextOpens());
        // New hours that follow on from the old ones are read on from the day they start.
        List<Schedule> changed = List.of(weekly("MO,TU,WE,TH,FR", "08:30", "17:00", null, LocalDate.of(2026, 3, 31)),
                weekly("MO,TU,WE,TH,FR", "10:00", "16:00", LocalDate.of(2026, 4, 1), null));
        assertEquals(Instant.parse("2026-04-01T08:00:00Z"), at(changed, "2026-03-31T16:00:00Z").nextOpens());
    }

    @Test
    void roundTheClockHoursSplitOverRulesOrWrittenInAnotherOrderAreKeptOnAHoliday() {
        List<Schedule> split = List.of(weekly("MO,TU,WE,TH,FR", "00:00", "24:00"), weekly("SA,SU", "00:00", "24:00"));
        List<Schedule> shuffled = List.of(weekly("SU,SA,FR,TH,WE,TU,MO", "00:00", "24:00"));
        for (List<Schedule> always : List.of(split, shuffled)) {
            Openness christmas = at(always, "2026-12-25T10:00:00Z");
            assertEquals(State.OPEN, christmas.state(), always.toString());
            assertNull(christmas.closesAt(), "round the clock never closes: " + always);
            assertEquals("24/7", christmas.hours(), always.toString());
            assertEquals(State.OPEN, at(always, "2026-04-27T03:00:00Z").state(), "King's Day: " + always);
        }
        // The same hours every day, though not round the clock, are kept on a holiday as well.
        List<Schedule> sameEveryDay = List.of(weekly("MO,TU,WE,TH,FR", "09:00", "17:00"),
                weekly("SU,SA", "09:00", "17:00"));
        assertEquals(State.OPEN, at(sameEveryDay, "2026-12-25T10:00:00Z").state());
    }

    /** A holiday may keep the weekday's hours or the weekend's: which, the facts do not say. */
    @Test
    void otherHoursAtTheWeekendLeaveAHolidayUnknown() {
        List<Schedule> weekendOtherwise = List.of(weekly("MO,TU,WE,TH,FR", "08:00", "20:00"),
                weekly("SA,SU", "10:00", "16:00"));
        assertEquals(State.UNKNOWN, at(weekendOtherwise, "2026-12-25T10:00:00Z").state());
        assertEquals(State.UNKNOWN, at(weekendOtherwise, "2026-04-27T17:00:00Z").state(), "King's Day, 19:00");
    }

    @Test
    void theDutchPublicHolidaysAreThoseOfTheAlgemeneTermijnenwet() {
        // Easter Sundays as published (e.g. by the Dutch government's calendar of public holidays).
        assertEquals(LocalDate.parse("2024-03-31"), DutchPublicHolidays.easterSunday(2024));
        assertEquals(LocalDate.parse("2025-04-20"), DutchPublicHolidays.easterSunday(2025));
        assertEquals(LocalDate.parse("2026-04-05"), DutchPublicHolidays.easterSunday(2026));
        assertEquals(LocalDate.parse("2027-03-28"), DutchPublicHolidays.easterSunday(2027));
        assertEquals(LocalDate.parse("2038-04-25"), DutchPublicHolidays.easterSunday(2038));
        assertEquals(java.util.Set.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-06"),
                LocalDate.parse("2026-04-27"), LocalDate.parse("2026-05-05"), LocalDate.parse("2026-05-14"),
                LocalDate.parse("2026-05-25"), LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26")),
                DutchPublicHolidays.holidays(2026));
        // 27 April 2025 was a Sunday: King's Day was Saturday the 26th.
        assertEquals(true, DutchPublicHolidays.isHoliday(LocalDate.parse("2025-04-26")));
        assertEquals(false, DutchPublicHolidays.isHoliday(LocalDate.parse("2025-04-27")));
    }

    @Test
    void withoutHoursTheDirectorySaysUnknownRatherThanClosed() {
        Openness o = at(List.of(), "2026-03-27T10:00:00Z");
        assertEquals(State.UNKNOWN, o.state());
        assertNull(o.nextOpens());
        assertEquals("onbekend", o.hours());
        assertEquals("ma–vr 08:30–17:00", at(OFFICE, "2026-03-27T10:00:00Z").hours());
    }

    @Test
    void theWeekAsDataIsTheSameRulesTheDutchWordsNameInTheirOrder() {
        Openness split = at(List.of(weekly("MO,TU", "10:00", "12:00"), weekly(Schedule.ALL_DAYS, "19:00", "06:00")),
                "2026-03-27T10:00:00Z");
        assertEquals("ma, di 10:00–12:00; dagelijks 19:00–06:00", split.hours());
        assertEquals(List.of(new Openness.WeeklyHours(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), "10:00", "12:00"),
                new Openness.WeeklyHours(List.of(DayOfWeek.values()), "19:00", "06:00")), split.week());
        assertFalse(split.roundTheClock());
        // 24/7 entered as working days and a weekend: the rules as given, and the directory's word that they are 24/7.
        Openness always = at(List.of(weekly("MO,TU,WE,TH,FR", "00:00", "24:00"), weekly("SA,SU", "00:00", "24:00")),
                "2026-03-27T10:00:00Z");
        assertEquals("24/7", always.hours());
        assertTrue(always.roundTheClock());
        assertEquals(2, always.week().size());
        Openness unknown = at(List.of(), "2026-03-27T10:00:00Z");
        assertNull(unknown.week());
        assertFalse(unknown.roundTheClock());
    }

    @Test
    void theDaysWithOtherHoursInTheComingFortnightAreNamedBeforeTheyCome() {
        List<Schedule> withHolidays = List.of(OFFICE.get(0),
                exception(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), null, null),
                exception(LocalDate.of(2026, 12, 24), null, "09:00", "13:00"),
                exception(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), null, null),
                exception(LocalDate.of(2027, 1, 1), null, null, null));
        Openness o = at(withHolidays, "2026-12-14T10:00:00Z");
        // Christmas Eve's short hours and Christmas, first day first; not the past closure, not New Year's Day, which
        // lies beyond the fortnight.
        assertEquals(List.of(
                new Openness.OtherHours(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24), "09:00", "13:00",
                        "Afwijkende tijden"),
                new Openness.OtherHours(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), null, null,
                        "Gesloten")), o.otherHours());
        assertEquals(State.OPEN, o.state());
        assertEquals("ma–vr 08:30–17:00", o.hours(), "the week stays the week");
        assertEquals(List.of(), at(OFFICE, "2026-12-14T10:00:00Z").otherHours());
    }

    private static Openness at(List<Schedule> schedules, String moment) {
        Clock clock = Clock.fixed(Instant.parse(moment), ZoneOffset.UTC);
        return OpeningHours.at(schedules, Instant.now(clock));
    }

    private static Schedule weekly(String byday, String opens, String closes) {
        return weekly(byday, opens, closes, null, null);
    }

    private static Schedule weekly(String byday, String opens, String closes, LocalDate from, LocalDate to) {
        return new Schedule("11111111-1111-1111-1111-111111111111", "WEEKLY", byday, opens, closes, from, to, null,
                null, null);
    }

    private static Schedule exception(LocalDate from, LocalDate to, String opens, String closes) {
        return new Schedule("22222222-2222-2222-2222-222222222222", null, null, opens, closes, from, to,
                opens == null ? "Gesloten" : "Afwijkende tijden", null, null);
    }
}
