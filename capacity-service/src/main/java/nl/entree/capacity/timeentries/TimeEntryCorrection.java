package nl.entree.capacity.timeentries;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import nl.entree.common.contract.Activity;

/**
 * What an entry should have said. 0 minutes withdraws hours booked on the wrong case. No reason in free text, for
 * the same reason a time entry has none: nothing about a person may slip in.
 */
public record TimeEntryCorrection(
        @NotNull @Min(0) @Max(1440) Integer minutes,
        @NotNull LocalDate date,
        @NotNull Activity activity) {
}
