package nl.entree.web.backend;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/** capacity's {@code GET /api/staffing/{org}}: an organisation's registered staffing and its productive hours. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Staffing(Organisation organisation, Region region, double fte, double contractHoursPerFtePerWeek,
        boolean contractHoursAssumed, double productiveShare, boolean productiveShareAssumed,
        double productiveHoursPerWeek, Instant updatedAt, Instant validTo) {
}
