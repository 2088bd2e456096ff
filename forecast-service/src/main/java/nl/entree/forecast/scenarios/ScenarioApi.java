package nl.entree.forecast.scenarios;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.Organisation;

public final class ScenarioApi {

    private ScenarioApi() {
    }

    @Schema(name = "NewScenario")
    public record NewScenario(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @NotNull @Size(max = 50) List<@Valid @NotNull Effect> effects) {
    }

    @Schema(name = "ScenarioEffect", description = "Multiplies the forecast by (1 + percent/100). STEP: from 'from' on. "
            + "PEAK: for 'months' months from 'from'. It applies to the listed organisations and series; with both "
            + "lists empty, to every series.")
    public record Effect(
            @NotNull EffectKind kind,
            @NotNull @Schema(implementation = String.class, example = "2024-07") YearMonth from,
            @Positive @Max(120) @Schema(description = "PEAK only") Integer months,
            @NotNull @DecimalMin(value = "-99.99") @DecimalMax(value = "1000") BigDecimal percent,
            List<@NotNull Organisation> organisations,
            List<@NotBlank String> series) {
    }

    @Schema(name = "Scenario")
    public record ScenarioView(long id, String name, String description, List<Effect> effects) {
    }
}
