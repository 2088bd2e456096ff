package nl.entree.directory.opening;

import java.time.DayOfWeek;
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
 * hours are unknown. {@code UNKNOWN} when nobody found its hours. {@code hours} is the week in Dutch words
 * ("ma–vr 09:00–17:00"; on an option with each listed number's own week where it differs); {@code week} the same
 * week as data, for a screen in another language: the weekly rules in force that day, in the order {@code hours}
 * names them, null when nobody knows the week ("onbekend"). {@code round_the_clock} is true where {@code hours}
 * words the week "24/7", so that reading is the directory's alone. On an option both are its own week: each
 * number's is in that number's {@code openness}. {@code other_hours} the dated exceptions (holidays, a closure)
 * that fall in the fortnight, so that whoever refers someone knows before that day comes. {@code open_via}, on an
 * option only, names the numbers it lists that are open while its own hours say it is not (a centre closed at night
 * that lists the national 24/7 line); absent otherwise.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Openness(State state, Instant closesAt, Instant nextOpens, String hours, List<WeeklyHours> week,
        boolean roundTheClock, List<OtherHours> otherHours,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> openVia) {

    public enum State { OPEN, CLOSED, UNKNOWN }

    public Openness(State state, Instant closesAt, Instant nextOpens, String hours, List<WeeklyHours> week,
            boolean roundTheClock, List<OtherHours> otherHours) {
        this(state, closesAt, nextOpens, hours, week, roundTheClock, otherHours, null);
    }

    /** Hours nobody found: a number whose own hours the source gives otherwise than its line's. */
    public static Openness unknown() {
        return new Openness(State.UNKNOWN, null, null, OpeningHours.UNKNOWN_HOURS, null, false, List.of());
    }

    /**
     * One weekly rule: on {@code days} (Monday first) open {@code opens_at}–{@code closes_at}, Dutch wall-clock
     * time; {@code closes_at} "24:00" is the end of the day, and one at or before {@code opens_at} is the next day's.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record WeeklyHours(List<DayOfWeek> days, String opensAt, String closesAt) {
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
