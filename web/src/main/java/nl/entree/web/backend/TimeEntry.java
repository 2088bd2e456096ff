package nl.entree.web.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/**
 * capacity's time entry ({@code TimeEntryView}). {@code activity} is common's Activity by name, which the message
 * bundle's {@code activity_name} takes. {@code corrects} and {@code correctedBy} are null for an entry in force that
 * corrects nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TimeEntry(UUID id, UUID caseId, Organisation organisation, CaseType caseType, int minutes,
        LocalDate date, String activity, Instant registeredAt, UUID corrects, UUID correctedBy) {
}
