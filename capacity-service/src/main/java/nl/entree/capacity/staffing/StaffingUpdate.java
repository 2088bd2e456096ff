package nl.entree.capacity.staffing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Leave {@code contractHoursPerFtePerWeek} or {@code productiveShare} out to use the configured default. Both divide
 * hours into FTE: an hour a week and 1% are floors no organisation comes near, and a tiny value would turn a
 * requirement into billions of FTE, or into Infinity.
 */
public record StaffingUpdate(
        @NotNull @PositiveOrZero @DecimalMax("100000") Double fte,
        @DecimalMin("1") @DecimalMax("60") Double contractHoursPerFtePerWeek,
        @DecimalMin("0.01") @DecimalMax("1") Double productiveShare) {
}
