package nl.entree.common.contract;

import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/**
 * forecast-service → capacity-service {@code POST /api/requirements} (service, ministry): projected cases to
 * turn into hours and FTE. {@code cases} may be fractional: it is a projection. {@code region}: the cases are one
 * safety region's, so FTE available is that region's staff; null for the whole country (every staffing row).
 */
public record RequirementsRequest(
        @NotEmpty List<@Valid @NotNull Line> lines,
        // Left out when null: capacity refuses unknown fields, and a national request must not need a new capacity.
        @JsonInclude(JsonInclude.Include.NON_NULL) Region region) {

    public record Line(
            @NotNull Organisation organisation,
            @NotNull CaseType caseType,
            @NotNull YearMonth month,
            @NotNull @PositiveOrZero Double cases) {
    }
}
