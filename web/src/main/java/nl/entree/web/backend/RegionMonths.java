package nl.entree.web.backend;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * forecast's {@code GET /api/regions/monthly}: every safety region's cases per month, the counts its forecasts are
 * made from. For a ministry a hidden month has {@code count} null and {@code suppressed} true.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegionMonths(String from, String to, List<Series> regions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Series(String region, List<Month> months) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Month(String month, Long count, boolean suppressed) {
    }
}
