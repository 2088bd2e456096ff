package nl.entree.web.contacts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The new-contact form as the browser posts it, and the JSON the services expect. Empty fields are left out, so the
 * services apply their own defaults; an anonymous contact never carries contact details, whatever the form held.
 */
public record ContactForm(MultivaluedMap<String, String> fields) {

    public static final List<String> SINGLE = List.of("channel", "callerRole", "setting", "incidentDate",
            "timeSinceIncident", "victimAgeGroup", "region");

    public boolean anonymous() {
        return checked("anonymous");
    }

    public boolean hasIncidentType() {
        return !values("incidentTypes").isEmpty();
    }

    /** What triage evaluates: the assessment only, without contact details or free text. */
    public Map<String, Object> assessment(Instant receivedAt) {
        return fields(receivedAt);
    }

    /**
     * The preview while the form is half filled in: channel and caller do not change the lead except for a police
     * referral, so until they are chosen the preview assumes a victim in a chat rather than showing nothing.
     */
    public Map<String, Object> previewAssessment(Instant receivedAt) {
        Map<String, Object> json = fields(receivedAt);
        json.putIfAbsent("channel", "CHAT");
        json.putIfAbsent("callerRole", "VICTIM");
        return json;
    }

    private Map<String, Object> fields(Instant receivedAt) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("receivedAt", receivedAt.toString());
        for (String name : SINGLE) {
            String value = value(name);
            if (value != null) {
                json.put(name, value);
            }
        }
        json.put("anonymous", anonymous());
        json.put("incidentTypes", values("incidentTypes"));
        json.put("needs", values("needs"));
        json.put("immediateDanger", checked("immediateDanger"));
        json.put("consentToShare", checked("consentToShare"));
        return json;
    }

    /** What intake registers; {@code receivedAt} is left to intake (now). */
    public Map<String, Object> contact() {
        Map<String, Object> json = assessment(Instant.EPOCH);
        json.remove("receivedAt");
        String summary = value("summary");
        if (summary != null) {
            json.put("summary", summary);
        }
        String clientCode = value("clientCode");
        if (clientCode != null) {
            json.put("clientCode", clientCode);
        }
        if (!anonymous()) {
            Map<String, Object> person = new LinkedHashMap<>();
            for (String name : List.of("name", "phone", "email")) {
                String value = value("contact." + name);
                if (value != null) {
                    person.put(name, value);
                }
            }
            if (!person.isEmpty()) {
                json.put("contact", person);
            }
        }
        return json;
    }

    public String value(String name) {
        String value = fields.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean checked(String name) {
        String value = fields.getFirst(name);
        return value != null && !value.isEmpty() && !"false".equals(value);
    }

    public List<String> values(String name) {
        List<String> values = fields.get(name);
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).distinct().toList();
    }

    /** For the template: is this option selected? */
    public boolean has(String name, String value) {
        return values(name).contains(value);
    }
}
