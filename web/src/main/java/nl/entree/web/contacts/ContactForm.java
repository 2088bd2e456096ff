package nl.entree.web.contacts;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;

import nl.entree.common.vocabulary.Municipalities;
import nl.entree.common.vocabulary.Municipality;
import nl.entree.web.backend.AssessmentRequest;
import nl.entree.web.backend.ContactRequest;
import nl.entree.web.pages.FormText;

/**
 * The new-contact form as the browser posts it, and the JSON the services expect. Empty fields are left out, so the
 * services apply their own defaults; an anonymous contact never carries contact details, whatever the form held.
 */
public record ContactForm(MultivaluedMap<String, String> fields) {

    /**
     * The one question about time: how long ago (a week or less, longer, or "weet niet"), or a known date. Asked once,
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
    public AssessmentRequest assessment(Instant receivedAt) {
        return assessment(receivedAt, value("channel"), value("callerRole"));
    }

    /**
     * The preview while the form is half filled in: channel and caller do not change the lead except for a police
     * referral, so until they are chosen the preview assumes a victim in a chat rather than showing nothing.
     */
    public AssessmentRequest previewAssessment(Instant receivedAt) {
        String channel = value("channel");
        String callerRole = value("callerRole");
        return assessment(receivedAt, channel == null ? "CHAT" : channel, callerRole == null ? "VICTIM" : callerRole);
    }

    private AssessmentRequest assessment(Instant receivedAt, String channel, String callerRole) {
        return new AssessmentRequest(receivedAt.toString(), channel, callerRole, value("setting"),
                value("victimAgeGroup"), region(), incidentDate(), timeSinceIncident(), anonymous(),
                values("incidentTypes"), values("needs"), checked("immediateDanger"), checked("consentToShare"));
    }

    /** What intake registers; {@code receivedAt} is left to intake (now). */
    public ContactRequest contact() {
        ContactRequest.Person person = null;
        if (!anonymous()) {
            person = new ContactRequest.Person(value("contact.name"), value("contact.phone"), value("contact.email"));
            if (person.name() == null && person.phone() == null && person.email() == null) {
                person = null;
            }
        }
        return new ContactRequest(value("channel"), value("callerRole"), value("setting"), value("victimAgeGroup"),
                region(), incidentDate(), timeSinceIncident(), anonymous(), values("incidentTypes"), values("needs"),
                checked("immediateDanger"), checked("consentToShare"), value("summary"), value("clientCode"),
                value("clientCodeIssuer"), value("prompt"), value("promptLabel"), person);
    }

    /** The date, only when the answer to the time question is "on a known date". */
    private String incidentDate() {
        return ON_A_DATE.equals(when()) ? value("incidentDate") : null;
    }

    private String timeSinceIncident() {
        String when = when();
        return ON_A_DATE.equals(when) ? null : when;
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
        return FormText.optional(fields.getFirst(name));
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
