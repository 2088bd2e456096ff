package nl.entree.web.backend;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * forecast's {@code GET /api/alerts}: the month's peak alerts, active ones first. An alert is an organisation's
 * caseType nationally ({@code region} null), the total of an organisation with more than one caseType
 * ({@code caseType} and {@code region} null, shown by the organisation's name alone), or a region over every
 * organisation ({@code organisation} null). In a month's first week the previous month's alerts active at its end
 * are listed too, with their own {@code month}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PeakAlerts(String month, String rule, List<Alert> alerts) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alert(String month, String seriesId, String organisation, String caseType, String region, long observed,
            double expectedSoFar, double upperBoundSoFar, double excess, Double timesExpected, double monthFraction,
            List<String> events, boolean active, Instant firstRaisedAt) {

        public boolean regional() {
            return region != null;
        }

        /** Raised in the month before the one listed: a peak that ran on past the month's turn. */
        public boolean carriedOverInto(String listed) {
            return month != null && !month.equals(listed);
        }
    }
}
