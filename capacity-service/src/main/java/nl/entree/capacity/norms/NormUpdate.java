package nl.entree.capacity.norms;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A new version of a norm. {@code validFrom} defaults to today; the version it replaces ends that day.
 * The source says where the figures come from, so that every number can be traced.
 */
public record NormUpdate(
        @NotNull @Positive @DecimalMax("1000") Double lowHours,
        @NotNull @Positive @DecimalMax("1000") Double expectedHours,
        @NotNull @Positive @DecimalMax("1000") Double highHours,
        @NotBlank @Size(max = 1000) String source,
        LocalDate validFrom) {
}
