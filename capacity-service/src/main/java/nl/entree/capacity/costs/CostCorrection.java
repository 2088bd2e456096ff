package nl.entree.capacity.costs;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a cost version should have said, such as 72,500 where 7,250 was typed. It keeps its {@code validFrom}, so
 * there is none here; the reason is required, since a correction changes the euros of every month priced with it.
 */
public record CostCorrection(
        // Stored to the cent: a positive amount below one rounds to 0.00, which the table refuses.
        @NotNull @DecimalMin("0.01") @DecimalMax("1000000") Double eurosPerFtePerYear,
        @NotBlank @Size(max = 1000) String source,
        @NotNull Boolean assumption,
        @NotBlank @Size(max = 1000) String reason) {
}
