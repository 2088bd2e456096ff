package nl.entree.triage.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Setting;
import nl.entree.common.vocabulary.TriageDecision;

/** How a term runs follows how it is written: days on the Dutch calendar, hours and minutes as time that passes. */
class TermTest {

    /** Saturday 30 October 2027, 10:00 in Amsterdam (summer time); the clocks go back at 03:00 on Sunday. */
    private static final Instant BEFORE_WINTER_TIME = Instant.parse("2027-10-30T08:00:00Z");
    /** Saturday 27 March 2027, 10:00 in Amsterdam (winter time); the clocks go forward at 02:00 on Sunday. */
    private static final Instant BEFORE_SUMMER_TIME = Instant.parse("2027-03-27T09:00:00Z");

    @Test
    void hoursAreTimeThatPassesAlsoWhenTheClocksChange() {
        Term day = Term.parse("PT24H");
        assertEquals(Instant.parse("2027-10-31T08:00:00Z"), day.from(BEFORE_WINTER_TIME), "Sunday 09:00 in Amsterdam");
        assertEquals(Instant.parse("2027-03-28T09:00:00Z"), day.from(BEFORE_SUMMER_TIME), "Sunday 11:00 in Amsterdam");
        assertEquals(Instant.parse("2027-10-30T08:15:00Z"), Term.parse("PT15M").from(BEFORE_WINTER_TIME));
    }

    @Test
    void daysAreCalendarDaysInDutchTime() {
        assertEquals(Instant.parse("2027-10-31T09:00:00Z"), Term.parse("P1D").from(BEFORE_WINTER_TIME),
                "Sunday 10:00 in Amsterdam, 25 hours on");
        assertEquals(Instant.parse("2027-11-04T09:00:00Z"), Term.parse("P5D").from(BEFORE_WINTER_TIME),
                "Thursday 10:00 in Amsterdam");
        assertEquals(Instant.parse("2027-03-28T08:00:00Z"), Term.parse("P1D").from(BEFORE_SUMMER_TIME),
                "Sunday 10:00 in Amsterdam, 23 hours on");
    }

    @Test
    void aTermWithDaysAndHoursRunsItsDaysOnTheCalendarThenItsHours() {
        Term term = Term.parse("P1DT12H");
        assertEquals(1, term.days());
        assertEquals(Duration.ofHours(12), term.time());
        assertEquals(Instant.parse("2027-10-31T21:00:00Z"), term.from(BEFORE_WINTER_TIME),
                "Sunday 22:00 in Amsterdam: Sunday 10:00, then 12 hours");
        assertEquals(Duration.ofHours(36), term.length());
    }

    @Test
    void aTermIsReadAsDurationReadsItAndKeepsItsText() throws Exception {
        assertEquals(new Term("pt24h", 0, Duration.ofHours(24)), Term.parse("pt24h"));
        assertEquals(new Term("-P-5D", 5, Duration.ZERO), Term.parse("-P-5D"));
        assertEquals(new Term("-P1DT2H", -1, Duration.ofHours(-2)), Term.parse("-P1DT2H"));
        assertEquals(new Term("P0DT30M", 0, Duration.ofMinutes(30)), Term.parse("P0DT30M"));
        assertThrows(DateTimeParseException.class, () -> Term.parse("5 days"));
        assertThrows(DateTimeParseException.class, () -> Term.parse("P1W"));
        ObjectMapper json = new ObjectMapper();
        assertEquals("[\"PT24H\",\"P1D\",\"P5D\"]",
                json.writeValueAsString(new Term[] {Term.parse("PT24H"), Term.parse("P1D"), Term.parse("P5D")}));
    }

    @Test
    void anEmergencyTermReplacesTheRulesWhenItEndsSoonerComparedAsMoments() {
        // A day on the calendar is 25 hours that weekend: 24 hours end sooner, though both read as 24 hours long.
        ObjectNode document = RuleSetPublishingTest.defaultWith(d -> {
            ((ObjectNode) d.get("emergency")).put("respondWithin", "PT24H");
            ((ObjectNode) RuleSetPublishingTest.rule(d, "online").get("effect").get("overrides").get(0))
                    .put("respondWithin", "P1D");
        });
        TriageDecision decision = RuleSetCompiler.compile(document, 99).evaluate(new Assessment(BEFORE_WINTER_TIME,
                Channel.CHAT, CallerRole.VICTIM, true, Set.of(IncidentType.SEXTORTION), Setting.UNKNOWN, null, null,
                null, null, Set.of(), true, true, null));
        assertEquals(Priority.EMERGENCY, decision.priority());
        assertEquals(Instant.parse("2027-10-31T08:00:00Z"), decision.respondBy());
    }
}
