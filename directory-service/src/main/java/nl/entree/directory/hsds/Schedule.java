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
 * in Europe/Amsterdam; {@code closes_at 24:00} is the end of the day, so 24/7 is every day 00:00–24:00.
 * HSDS's {@code timezone} (a fixed UTC offset) is left empty on purpose: a fixed offset is wrong half the year.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Schedule(String id, String freq, String byday, String opensAt, String closesAt, LocalDate validFrom,
        LocalDate validTo, String description, String notes, Provenance provenance) {

    public static final String ALL_DAYS = "MO,TU,WE,TH,FR,SA,SU";
    public static final String END_OF_DAY = "24:00";

    @JsonIgnore
    public boolean isException() {
        return (byday == null || byday.isBlank()) && validFrom != null;
    }
}
