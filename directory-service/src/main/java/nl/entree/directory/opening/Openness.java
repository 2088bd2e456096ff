package nl.entree.directory.opening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Whether a service is open at a moment. {@code closes_at} is set when it is open and closes within the fortnight
 * looked at (never for 24/7); {@code next_opens} when it is closed and opens again within it. {@code UNKNOWN} when
 * nobody found its hours. {@code hours} is the week in words; {@code other_hours} the dated exceptions (holidays, a
 * closure) that fall in the fortnight, so that whoever refers someone knows before that day comes.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Openness(State state, Instant closesAt, Instant nextOpens, String hours, List<OtherHours> otherHours) {

    public enum State { OPEN, CLOSED, UNKNOWN }

    /** {@code from} to {@code to}, Dutch dates, inclusive: open {@code opens_at}–{@code closes_at}, or closed. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OtherHours(LocalDate from, LocalDate to, String opensAt, String closesAt, String description) {
    }

    @JsonIgnore
    public boolean isOpen() {
        return state == State.OPEN;
    }
}
