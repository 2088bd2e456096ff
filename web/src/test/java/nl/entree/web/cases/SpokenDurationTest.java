package nl.entree.web.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenDurationTest {

    @ParameterizedTest(name = "\"{0}\" is {1} minutes")
    @CsvSource(delimiter = '|', value = {
            "1,5 | 90", "1.5 | 90", "1:30 | 90", "1 u 30 | 90", "1u30 | 90", "1 uur 30 min | 90", "1 uur en 30 minuten | 90",
            "90 min | 90", "45m | 45", "45 minuten | 45", "2u | 120", "2 uur | 120", "2 | 120", "0,75 | 45",
            ",5 | 30", "0:05 | 5", "  1,5  | 90", "1H30 | 90", "24 | 1440", "1 min | 1"})
    void readsTimeAsPeopleSayIt(String typed, int minutes) {
        assertEquals(OptionalInt.of(minutes), SpokenDuration.minutes(typed));
    }

    @ParameterizedTest(name = "\"{0}\" is not a duration")
    @ValueSource(strings = {"", " ", "anderhalf", "1,5,5", "1:75", "1 u 75", "0", "0 min", "25 uur", "1441 min",
            "-1", "1:30:00", "9999999999 min"})
    void refusesWhatItCannotRead(String typed) {
        assertEquals(OptionalInt.empty(), SpokenDuration.minutes(typed));
    }

    /**
     * Issue 14, review b, point 3: "1.30" was read as 1.3 hours, 78 minutes, where many mean an hour and a half; and
     * "1,30" with a comma is typed for an hour and a half just as often.
     */
    @ParameterizedTest(name = "\"{0}\" is refused as hours and minutes or a decimal")
    @ValueSource(strings = {"1.30", "1.30 uur", "1.30u", "2.45", " 2.45 h ", "0.15", ".30", "1.01", "10.59",
            "1,30", "1,30 uur", "1,25", ",45", "2,59", "0,15", "0,25"})
    void refusesAPointBeforeMinutesAsAmbiguous(String typed) {
        assertEquals(OptionalInt.empty(), SpokenDuration.minutes(typed));
        assertEquals(OptionalInt.empty(), SpokenDuration.minutes(typed, 0));
        assertTrue(SpokenDuration.ambiguous(typed));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} minutes, not ambiguous")
    @CsvSource(delimiter = '|', value = {"1.5 | 90", "1,5 | 90", "1:30 | 90", "90 min | 90", "1.75 | 105", "1,75 | 105",
            "1,3 | 78", "1,60 | 96", "2,00 | 120", "1.00 | 60", "1,250 | 75"})
    void readsWhatOnlyMeansOneThing(String typed, int minutes) {
        assertFalse(SpokenDuration.ambiguous(typed));
        assertEquals(OptionalInt.of(minutes), SpokenDuration.minutes(typed));
    }

    /** The question names both readings of the digits typed: "1,25" is 1:25 or 1,25 hours, never "1,5". */
    @ParameterizedTest(name = "\"{0}\" is {1}:{2} ({3} minutes) or {1},{2} hours ({4} minutes)")
    @CsvSource(delimiter = '|', value = {"1.30 | 1 | 30 | 90 | 78", "1,25 | 1 | 25 | 85 | 75",
            ".30 | 0 | 30 | 30 | 18", "10,59 uur | 10 | 59 | 659 | 635"})
    void asksWithBothReadingsOfWhatWasTyped(String typed, int hours, String fraction, int asClock, int asHours) {
        assertEquals(Optional.of(new AskedTime(hours, fraction, asClock, asHours)), SpokenDuration.asked(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0 min", "0:00", "0u"})
    void zeroIsReadOnlyWhereACorrectionWithdrawsHours(String typed) {
        assertEquals(OptionalInt.of(0), SpokenDuration.minutes(typed, 0));
        assertEquals(OptionalInt.empty(), SpokenDuration.minutes(typed));
    }

    @ParameterizedTest
    @CsvSource({"90, 1:30", "120, 2", "45, 0:45"})
    void writesMinutesBackSoThatTheyReadTheSame(int minutes, String typed) {
        assertEquals(typed, SpokenDuration.asTyped(minutes));
        assertEquals(OptionalInt.of(minutes), SpokenDuration.minutes(typed));
    }
}
