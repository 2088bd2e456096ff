package nl.entree.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A valid assessment as JSON, changed one field at a time by the tests. */
public final class AssessmentBuilder {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private AssessmentBuilder() {
        fields.put("receivedAt", Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        fields.put("channel", "CHAT");
        fields.put("callerRole", "VICTIM");
        fields.put("anonymous", true);
        fields.put("incidentTypes", List.of("SEXUAL_HARASSMENT"));
        fields.put("setting", "PUBLIC");
        fields.put("timeSinceIncident", "MORE_THAN_7_DAYS");
        fields.put("victimAgeGroup", "ADULT");
        fields.put("region", "VR13");
        fields.put("needs", List.of());
        fields.put("immediateDanger", false);
        fields.put("consentToShare", true);
    }

    public static AssessmentBuilder assessment() {
        return new AssessmentBuilder();
    }

    public AssessmentBuilder receivedAt(Instant at) {
        fields.put("receivedAt", at.toString());
        return this;
    }

    public AssessmentBuilder channel(String channel) {
        fields.put("channel", channel);
        return this;
    }

    public AssessmentBuilder callerRole(String role) {
        fields.put("callerRole", role);
        return this;
    }

    public AssessmentBuilder types(String... types) {
        fields.put("incidentTypes", List.of(types));
        return this;
    }

    public AssessmentBuilder setting(String setting) {
        fields.put("setting", setting);
        return this;
    }

    public AssessmentBuilder timing(String timeSinceIncident) {
        fields.put("timeSinceIncident", timeSinceIncident);
        return this;
    }

    public AssessmentBuilder incidentDate(LocalDate date) {
        fields.put("incidentDate", date.toString());
        fields.remove("timeSinceIncident");
        return this;
    }

    public AssessmentBuilder age(String victimAgeGroup) {
        fields.put("victimAgeGroup", victimAgeGroup);
        return this;
    }

    public AssessmentBuilder region(String region) {
        fields.put("region", region);
        return this;
    }

    public AssessmentBuilder needs(String... needs) {
        fields.put("needs", List.of(needs));
        return this;
    }

    public AssessmentBuilder danger() {
        fields.put("immediateDanger", true);
        return this;
    }

    public AssessmentBuilder with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public AssessmentBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }

    /** The body of {@code POST /api/cases} for this assessment and a new contact. */
    public Map<String, Object> asNewCase() {
        return asNewCase(UUID.randomUUID());
    }

    public Map<String, Object> asNewCase(UUID contactId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contactId", contactId.toString());
        body.put("reference", "E-" + contactId.toString().substring(0, 8));
        body.put("registeredBy", "CSG");
        body.put("assessment", build());
        return body;
    }
}
