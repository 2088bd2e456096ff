package nl.entree.web.backend;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.Region;

/**
 * triage's {@code GET /api/referrals/waiting-times}: days from asked to started per kind of help and region (region
 * null: all regions). For a ministry a count below 10 is null and {@code suppressed}. The kind stays text: it is
 * triage's vocabulary, not common's.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WaitingTimes(LocalDate from, LocalDate to, Region region, List<Row> rows) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(String kind, Region region, Long started, Double medianDays, Double p80Days, Long overTenWeeks,
            Long stillWaiting, boolean suppressed) {
    }
}
