package nl.entree.capacity.costs;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new version of an organisation's cost per FTE. {@code validFrom} defaults to today. The source says where the
 * figure comes from; {@code assumption} says whether it is an estimate, so that no one reads it as a fact.
 */
public record CostUpdate(
        // Stored to the cent: a positive amount below one rounds to 0.00, which the table refuses.
        @NotNull @DecimalMin("0.01") @DecimalMax("1000000") Double eurosPerFtePerYear,
        @NotBlank @Size(max = 1000) String source,
        @NotNull Boolean assumption,
        LocalDate validFrom) {
}
