package nl.entree.web.contacts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import nl.entree.common.vocabulary.Municipalities;
import nl.entree.common.vocabulary.Municipality;

/**
 * The new-contact form as the browser posts it, and the JSON the services expect. Empty fields are left out, so the
 * services apply their own defaults; an anonymous contact never carries contact details, whatever the form held.
 */
public record ContactForm(MultivaluedMap<String, String> fields) {

    public static final List<String> SINGLE = List.of("channel", "callerRole", "setting", "victimAgeGroup", "region");
    /**
     * The one question about time: how long ago (fewer than 7 days, more, or "weet niet"), or a known date. Asked once,
     * so the answers cannot disagree; the date counts only when "Op een bekende datum" is chosen.
     */
    public static final String WHEN = "when";
    public static final String ON_A_DATE = "DATE";

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
            String value = "region".equals(name) ? region() : value(name);
            if (value != null) {
                json.put(name, value);
            }
        }
        String when = when();
        if (ON_A_DATE.equals(when)) {
            json.put("incidentDate", value("incidentDate"));
        } else if (when != null) {
            json.put("timeSinceIncident", when);
        }
        json.values().removeIf(java.util.Objects::isNull);
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
        for (String name : List.of("clientCode", "prompt", "promptLabel")) {
            String value = value(name);
            if (value != null) {
                json.put(name, value);
            }
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

    /** The answer to the time question; a date typed without choosing counts as "on a known date". */
    public String when() {
        String when = value(WHEN);
        return when == null && value("incidentDate") != null ? ON_A_DATE : when;
    }

    /**
     * "Op een bekende datum" without a date, or a date next to another answer: said next to the date field, never
     * resolved by silently taking one of the two.
     */
    public boolean timeDisagrees() {
        String when = when();
        boolean date = value("incidentDate") != null;
        return ON_A_DATE.equals(when) ? !date : when != null && date;
    }

    /**
     * The safety region: the one chosen, or else the one the named municipality lies in. The municipality itself
     * goes to no service; the region is all that routing and the statistics need.
     */
    public String region() {
        String chosen = value("region");
        if (chosen != null) {
            return chosen;
        }
        Municipality municipality = municipality();
        return municipality == null ? null : municipality.region().name();
    }

    /** The municipality typed, when it names exactly one; null when none was typed or it names none. */
    public Municipality municipality() {
        return Municipalities.named(value("municipality")).orElse(null);
    }

    /**
     * A municipality that is not on the list, or one that lies in another region than the one chosen: said next to
     * the municipality, never resolved by silently taking one of the two.
     */
    public boolean municipalityDisagrees() {
        if (value("municipality") == null) {
            return false;
        }
        Municipality municipality = municipality();
        String chosen = value("region");
        return municipality == null || chosen != null && !chosen.equals(municipality.region().name());
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
