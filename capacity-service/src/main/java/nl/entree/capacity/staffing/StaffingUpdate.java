package nl.entree.capacity.staffing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/** Leave {@code contractHoursPerFtePerWeek} or {@code productiveShare} out to use the configured default. */
public record StaffingUpdate(
        @NotNull @PositiveOrZero @DecimalMax("100000") Double fte,
        @Positive @DecimalMax("60") Double contractHoursPerFtePerWeek,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double productiveShare) {
}
