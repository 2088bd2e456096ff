package nl.entree.web.backend;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * triage's {@code GET /api/cases/stats/regions}: cases per month and safety region ({@code region} null: none was
 * named). A ministry gets one cell per region, a small count null with {@code suppressed} true; others get a cell
 * per organisation, caseType and acuteness, to be added up.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegionalCounts(String from, String to, List<Cell> cells) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cell(String month, String region, String organisation, Long count, boolean suppressed) {
    }
}
