package nl.entree.capacity.norms;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What a norm version should have said. It keeps its {@code validFrom}, so there is none here; the reason is
 * required, since a correction changes figures counted with the version, the past ones too.
 */
public record NormCorrection(
        @NotNull @Positive @DecimalMax("1000") Double lowHours,
        @NotNull @Positive @DecimalMax("1000") Double expectedHours,
        @NotNull @Positive @DecimalMax("1000") Double highHours,
        @NotBlank @Size(max = 1000) String source,
        @NotBlank @Size(max = 1000) String reason) {
}
