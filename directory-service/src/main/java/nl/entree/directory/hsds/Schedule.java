package nl.entree.directory.hsds;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * HSDS 3.1 schedule, read as follows (docs/directory.md, "Opening hours"): a weekly rule has {@code freq WEEKLY} and
 * {@code byday}; a dated exception has no {@code byday} but {@code valid_from}..{@code valid_to}, and replaces the
 * weekly rule on those dates: with hours it is open then, without hours it is closed. Times are wall-clock times
 * in Europe/Amsterdam; {@code closes_at 23:59} is the end of the day, as HSDS's field guidance ("24h opening")
 * advises, so 24/7 is every day 00:00–23:59. HSDS has no time 24:00; a client that still sends it means the end of
 * the day, and the record stores 23:59. HSDS's {@code timezone} (a fixed UTC offset) is left empty on purpose: a
 * fixed offset is wrong half the year (directory-service/README.md, "Opening hours").
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Schedule(String id, String freq, String byday, String opensAt, String closesAt, LocalDate validFrom,
        LocalDate validTo, String description, String notes, Provenance provenance) {

    public static final String ALL_DAYS = "MO,TU,WE,TH,FR,SA,SU";
    /** The end of the day in HSDS: the last minute, since HSDS's time has no 24:00. */
    public static final String END_OF_DAY = "23:59";
    /** ISO 8601's end of the day, as Entree wrote it before and its {@code openness.week} still words it. */
    public static final String MIDNIGHT = "24:00";

    public Schedule {
        if (MIDNIGHT.equals(closesAt)) {
            closesAt = END_OF_DAY;
        }
    }

    /** True for a closing time that means the end of the day: 23:59, or 24:00 from an older client. */
    public static boolean isEndOfDay(String closesAt) {
        return END_OF_DAY.equals(closesAt) || MIDNIGHT.equals(closesAt);
    }

    @JsonIgnore
    public boolean isException() {
        return (byday == null || byday.isBlank()) && validFrom != null;
    }
}
