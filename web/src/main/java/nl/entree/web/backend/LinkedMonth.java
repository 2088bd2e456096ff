package nl.entree.web.backend;

import java.time.YearMonth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One month of triage's {@code GET /api/cases/stats/linked}: new cases, and those linked to an earlier case. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LinkedMonth(YearMonth month, long cases, long linkedToEarlierCase) {
}
