package nl.entree.web.backend;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** capacity's {@code GET /api/time-entries?caseId=}: every entry, corrected ones included, and the total in force. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseHours(UUID caseId, long totalMinutes, List<TimeEntry> entries) {
}
