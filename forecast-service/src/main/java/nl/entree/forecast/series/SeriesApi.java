package nl.entree.forecast.series;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/** The JSON of the series endpoints. */
public final class SeriesApi {

    public static final String ID_PATTERN = "[A-Za-z0-9_-]{1,64}";

    private SeriesApi() {
    }

    @Schema(name = "NewSeries")
    public record NewSeries(
            @NotBlank @Pattern(regexp = ID_PATTERN, message = "must be 1-64 letters, digits, '-' or '_'") String id,
            @Schema(description = "required unless the series counts a region over every organisation")
            Organisation organisation,
            @Schema(description = "optional; must belong to the organisation") CaseType caseType,
            @Schema(description = "optional: the safety region counted") Region region,
            @NotNull Granularity granularity,
            @NotBlank @Size(max = 64) String unit,
            @NotBlank @Size(max = 2000) @Schema(description = "what is counted, in plain words") String definition,
            @Size(max = 2000) @Schema(description = "where the figures come from") String source,
            @Schema(description = "true for made-up or modelled data, never for published figures") boolean synthetic,
            @Size(max = 200) @Schema(description = "shown with every chart and forecast of the series") String label) {
    }

    @Schema(name = "Series")
    public record SeriesView(String id, Organisation organisation, CaseType caseType, Region region,
            Granularity granularity,
            String unit, String definition, String source, boolean synthetic, String label, String firstPeriod,
            String lastPeriod, long observations, long gaps) {
    }

    @Schema(name = "Observation", description = "count is null for a gap; for ministries a count below 10 is "
            + "suppressed (null, with suppressed true)")
    public record ObservationView(String period, Long count, boolean suppressed) {
    }

    @Schema(name = "SeriesWithObservations")
    public record SeriesDetail(SeriesView series, List<ObservationView> observations) {
    }

    @Schema(name = "ObservationsImport")
    public record ObservationsIn(@NotEmpty @Size(max = 10000) List<@Valid @NotNull ObservationIn> observations) {
    }

    @Schema(name = "ObservationIn", description = "count null or absent records a gap")
    public record ObservationIn(@NotBlank String period,
            @PositiveOrZero @Digits(integer = 12, fraction = 0, message = "must be a whole number") BigDecimal count) {
    }

    @Schema(name = "ImportResult")
    public record ImportResult(int rows, List<String> series) {
    }
}
