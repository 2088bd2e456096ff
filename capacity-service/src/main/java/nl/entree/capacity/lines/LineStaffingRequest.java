package nl.entree.capacity.lines;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A phone or chat line to staff. {@code arrivalsPerHour} holds one rate for every hour, or 168 rates from
 * Monday 00:00 to Sunday 24:00. Optional fields fall back to the configured defaults.
 */
public record LineStaffingRequest(
        @NotEmpty List<@NotNull @PositiveOrZero @DecimalMax("100000") Double> arrivalsPerHour,
        @NotNull @Positive @DecimalMax("86400") Double averageHandlingTimeSeconds,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        Double serviceLevelTarget,
        @NotNull @Positive @DecimalMax("86400") Double answerWithinSeconds,
        // Below 10% the search for agents would run to load ÷ occupancy: a tiny value keeps a worker busy for hours.
        @DecimalMin("0.1") @DecimalMax("1") Double maxOccupancy,
        @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double shrinkage,
        @Min(1) @Max(20) Integer chatConcurrency,
        // Divides seat hours into FTE, as in StaffingUpdate.
        @DecimalMin("1") @DecimalMax("60") Double contractHoursPerFtePerWeek) {
}
