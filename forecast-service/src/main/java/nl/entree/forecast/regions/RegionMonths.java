package nl.entree.forecast.regions;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.Region;

/** The regions' monthly counts as forecast-service keeps them (pulled from triage, complete months only). */
@Schema(name = "RegionMonths", description = "Cases per safety region and month, every organisation together. A "
        + "month pulled from triage without a count had no cases (0); a month not pulled is null with suppressed "
        + "false; for a ministry a hidden count is null with suppressed true.")
public record RegionMonths(String from, String to, List<RegionSeries> regions) {

    @Schema(name = "RegionSeries")
    public record RegionSeries(Region region, List<Month> months) {
    }

    @Schema(name = "RegionMonth")
    public record Month(String month, Long count, boolean suppressed) {
    }
}
