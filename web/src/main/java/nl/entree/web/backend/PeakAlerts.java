package nl.entree.web.backend;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * forecast's {@code GET /api/alerts}: the month's peak alerts, active ones first. An alert is an organisation's
 * caseType nationally ({@code region} null) or a region over every organisation ({@code organisation} null).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PeakAlerts(String month, String rule, List<Alert> alerts) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alert(String seriesId, String organisation, String caseType, String region, long observed,
            double expectedSoFar, double upperBoundSoFar, double excess, Double timesExpected, double monthFraction,
            List<String> events, boolean active, Instant firstRaisedAt) {

        public boolean regional() {
            return region != null;
        }
    }
}
