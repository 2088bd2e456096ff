package nl.entree.common.contract;

import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/**
 * forecast-service → capacity-service {@code POST /api/requirements} (service, ministry): projected cases to
 * turn into hours and FTE. {@code cases} may be fractional: it is a projection.
 */
public record RequirementsRequest(@NotEmpty List<@Valid @NotNull Line> lines) {

    public record Line(
            @NotNull Organisation organisation,
            @NotNull CaseType caseType,
            @NotNull YearMonth month,
            @NotNull @PositiveOrZero Double cases) {
    }
}
