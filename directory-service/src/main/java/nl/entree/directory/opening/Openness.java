package nl.entree.directory.opening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Whether a service is open at a moment. {@code closes_at} is set when it is open and closes within the fortnight
 * looked at (never for 24/7); {@code next_opens} when it is closed and opens again within it, before any day whose
 * hours are unknown. {@code UNKNOWN} when nobody found its hours. {@code hours} is the week in words;
 * {@code other_hours} the dated exceptions (holidays, a closure) that fall in the fortnight, so that whoever refers
 * someone knows before that day comes. {@code open_via}, on an option only, names the numbers it lists that are open
 * while its own hours say it is not (a centre closed at night that lists the national 24/7 line); absent otherwise.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Openness(State state, Instant closesAt, Instant nextOpens, String hours, List<OtherHours> otherHours,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> openVia) {

    public enum State { OPEN, CLOSED, UNKNOWN }

    public Openness(State state, Instant closesAt, Instant nextOpens, String hours, List<OtherHours> otherHours) {
        this(state, closesAt, nextOpens, hours, otherHours, null);
    }

    /** Hours nobody found: a number whose own hours the source gives otherwise than its line's. */
    public static Openness unknown() {
        return new Openness(State.UNKNOWN, null, null, OpeningHours.UNKNOWN_HOURS, List.of());
    }

    /** {@code from} to {@code to}, Dutch dates, inclusive: open {@code opens_at}–{@code closes_at}, or closed. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OtherHours(LocalDate from, LocalDate to, String opensAt, String closesAt, String description) {
    }

    @JsonIgnore
    public boolean isOpen() {
        return state == State.OPEN;
    }
}
