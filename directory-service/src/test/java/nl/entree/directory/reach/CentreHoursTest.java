package nl.entree.directory.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.entree.directory.hsds.Schedule;
import nl.entree.directory.opening.OpeningHours;
import nl.entree.directory.opening.Openness.State;

/**
 * A regional centre without a week of its own answers on the line's hours. An editor who records only its Christmas
 * closure, as the correction screen invites, must not turn every other day into "unknown".
 */
class CentreHoursTest {

    private static final Schedule LINE_ALWAYS = new Schedule("11111111-1111-1111-1111-111111111111", "WEEKLY",
            Schedule.ALL_DAYS, "00:00", "24:00", null, null, null, null, null);
    private static final Schedule CENTRE_CHRISTMAS = new Schedule("22222222-2222-2222-2222-222222222222", null, null,
            null, null, LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26"), "Kerst: gesloten", null, null);
    private static final Schedule CENTRE_OFFICE = new Schedule("33333333-3333-3333-3333-333333333333", "WEEKLY",
            "MO,TU,WE,TH,FR", "09:00", "17:00", null, null, null, null, null);

    @Test
    void aCentreWithOnlyAClosureKeepsTheLinesWeekAndIsClosedOnItsOwnClosure() {
        List<Schedule> hours = DirectoryQuestions.centreSchedules(List.of(CENTRE_CHRISTMAS), List.of(LINE_ALWAYS));
        assertEquals(State.OPEN, OpeningHours.at(hours, Instant.parse("2026-12-14T02:00:00Z")).state());
        assertEquals(State.CLOSED, OpeningHours.at(hours, Instant.parse("2026-12-25T10:00:00Z")).state());
        assertEquals("24/7", OpeningHours.at(hours, Instant.parse("2026-12-14T02:00:00Z")).hours());
    }

    @Test
    void aCentreWithAWeekOfItsOwnKeepsItsOwnWeek() {
        List<Schedule> hours = DirectoryQuestions.centreSchedules(List.of(CENTRE_OFFICE, CENTRE_CHRISTMAS),
                List.of(LINE_ALWAYS));
        assertEquals(State.CLOSED, OpeningHours.at(hours, Instant.parse("2026-12-14T02:00:00Z")).state());
        assertEquals(State.OPEN, OpeningHours.at(hours, Instant.parse("2026-12-14T10:00:00Z")).state());
    }
}
