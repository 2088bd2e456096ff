package nl.entree.web.backend;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What triage evaluates ({@code POST /api/triage/evaluate}, its {@code Assessment}): no contact details, no free
 * text. Values stay as the form posted them and empty ones are left out, so that triage judges them and applies its
 * own defaults, and its refusal names the field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentRequest(String receivedAt, String channel, String callerRole, String setting,
        String victimAgeGroup, String region, String incidentDate, String timeSinceIncident, boolean anonymous,
        List<String> incidentTypes, List<String> needs, boolean immediateDanger, boolean consentToShare) {
}
