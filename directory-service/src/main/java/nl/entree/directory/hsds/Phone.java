package nl.entree.directory.hsds;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * HSDS 3.1 phone. HSDS gives a phone no hours of its own: it has those of the service or centre that lists it. When
 * the source gives a number other hours than its line's (CSG's line is 24/7, the same number for professionals only
 * "kantoortijden"), its provenance names {@value #OWN_HOURS} in {@code unknown}, and its hours are unknown.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Phone(String id, String number, String type, String description, Provenance provenance) {

    public static final String OWN_HOURS = "schedules";

    @JsonIgnore
    public boolean hoursUnknown() {
        return provenance != null && provenance.unknown() != null && provenance.unknown().contains(OWN_HOURS);
    }
}
