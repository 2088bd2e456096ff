package nl.entree.web.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenDurationTest {

    @ParameterizedTest(name = "\"{0}\" is {1} minutes")
    @CsvSource(delimiter = '|', value = {
            "1,5 | 90", "1.5 | 90", "1:30 | 90", "1 u 30 | 90", "1u30 | 90", "1 uur 30 min | 90", "1 uur en 30 minuten | 90",
            "90 min | 90", "45m | 45", "45 minuten | 45", "2u | 120", "2 uur | 120", "2 | 120", "0,25 | 15",
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

    /** Issue 14, review b, point 3: "1.30" was read as 1.3 hours, 78 minutes, where many mean an hour and a half. */
    @ParameterizedTest(name = "\"{0}\" is refused as 1:30 or 1,5")
    @ValueSource(strings = {"1.30", "1.30 uur", "1.30u", "2.45", " 2.45 h ", "0.15", ".30", "1.00", "10.59"})
    void refusesAPointBeforeMinutesAsAmbiguous(String typed) {
        assertEquals(OptionalInt.empty(), SpokenDuration.minutes(typed));
        assertEquals(OptionalInt.empty(), SpokenDuration.minutes(typed, 0));
        assertTrue(SpokenDuration.ambiguous(typed));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} minutes, not ambiguous")
    @CsvSource(delimiter = '|', value = {"1.5 | 90", "1,5 | 90", "1:30 | 90", "90 min | 90", "1,30 | 78", "1.75 | 105"})
    void readsWhatOnlyMeansOneThing(String typed, int minutes) {
        assertFalse(SpokenDuration.ambiguous(typed));
        assertEquals(OptionalInt.of(minutes), SpokenDuration.minutes(typed));
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
