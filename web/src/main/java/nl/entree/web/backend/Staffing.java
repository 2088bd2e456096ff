package nl.entree.web.backend;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/** capacity's {@code GET /api/staffing/{org}/in-force}: one row of an organisation's staffing, in a region or none. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Staffing(Organisation organisation, Region region, double fte, double contractHoursPerFtePerWeek,
        boolean contractHoursAssumed, double productiveShare, boolean productiveShareAssumed,
        double productiveHoursPerWeek, Instant updatedAt, Instant validTo) {
}
