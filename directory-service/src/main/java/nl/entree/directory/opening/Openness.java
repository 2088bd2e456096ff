package nl.entree.directory.opening;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Whether a service is open at a moment. {@code closes_at} is set when it is open and closes within the fortnight
 * looked at (never for 24/7); {@code next_opens} when it is closed and opens again within it. {@code UNKNOWN} when
 * nobody found its hours.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Openness(State state, Instant closesAt, Instant nextOpens, String hours) {

    public enum State { OPEN, CLOSED, UNKNOWN }

    @JsonIgnore
    public boolean isOpen() {
        return state == State.OPEN;
    }
}
