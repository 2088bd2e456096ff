package nl.entree.web.backend;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What intake registers ({@code POST /api/contacts}, its {@code ContactRequest}); {@code receivedAt} is left to
 * intake (now). As in {@link AssessmentRequest}, values stay as posted and empty ones are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactRequest(String channel, String callerRole, String setting, String victimAgeGroup, String region,
        String incidentDate, String timeSinceIncident, boolean anonymous, List<String> incidentTypes,
        List<String> needs, boolean immediateDanger, boolean consentToShare, String summary, String clientCode,
        String clientCodeIssuer, String prompt, String promptLabel, Person contact) {

    /** How to reach the person; only for a contact that is not anonymous, and left out when nothing was typed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(String name, String phone, String email) {
    }
}
