package nl.entree.common.i18n;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.entree.common.i18n.EnglishWeek.Numbered;
import nl.entree.common.i18n.EnglishWeek.Rule;
import nl.entree.common.i18n.EnglishWeek.Week;

class EnglishWeekTest {

    private static final Week OFFICE = new Week(List.of(new Rule(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY,
            FRIDAY), "09:00", "17:00")), false);
    private static final Week ROUND_THE_CLOCK = new Week(List.of(new Rule(List.of(DayOfWeek.values()), "00:00",
            "24:00")), true);

    @Test
    void theRulesAreWordedInTheirOrderWithEnglishDayNames() {
        Week week = new Week(List.of(new Rule(List.of(MONDAY, TUESDAY), "10:00", "12:00"),
                new Rule(List.of(DayOfWeek.values()), "19:00", "21:00")), false);
        assertEquals("Mon, Tue 10:00–12:00; daily 19:00–21:00", EnglishWeek.words(week, List.of(), "unknown"));
        assertEquals("Mon–Fri 09:00–17:00", EnglishWeek.words(OFFICE, List.of(), "unknown"));
    }

    @Test
    void aNumberWithOtherHoursFollowsOnceAndOneWithUnknownHoursAddsNothing() {
        List<Numbered> numbers = List.of(new Numbered("0800-0188", ROUND_THE_CLOCK),
                new Numbered("0800-0188", ROUND_THE_CLOCK), new Numbered("020-000 00 00", OFFICE),
                new Numbered("088-000 00 00", null));
        assertEquals("Mon–Fri 09:00–17:00; 0800-0188: 24/7", EnglishWeek.words(OFFICE, numbers, "unknown"));
    }

    @Test
    void withoutAWeekTheHoursAreUnknownInThePagesWords() {
        assertEquals("unknown", EnglishWeek.words(null, List.of(), "unknown"));
        assertEquals("unknown", EnglishWeek.words(new Week(null, false), List.of(), "unknown"));
    }
}
