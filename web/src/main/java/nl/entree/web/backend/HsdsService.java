package nl.entree.web.backend;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.web.backend.Hsds.Metadata;
import nl.entree.web.backend.Hsds.Phone;
import nl.entree.web.backend.Hsds.Provenance;
import nl.entree.web.backend.Hsds.Schedule;
import nl.entree.web.backend.Hsds.ServiceArea;

/**
 * directory-service's HSDS {@code service}: one way to reach one organisation (a national line, a chat), with phones
 * and hours of its own. Read from {@code GET /services/{id}} with its {@code organization}, its centres and its
 * {@code metadata} (the change history), and sent back whole, without those three, to
 * {@code PUT /api/directory/services/{id}}: the PUT replaces the record, so a field web does not model (url, e-mail,
 * needs, languages, …) is kept as read in {@code otherFields} and sent back with the rest.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsService(String id, String organization_id, String name, String status, List<Phone> phones,
        List<Schedule> schedules, List<ServiceArea> service_areas, Provenance provenance, Organization organization,
        List<JsonNode> service_at_locations, List<Metadata> metadata,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> otherFields) {

    /** The organisation that offers it: only its name is shown. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(String id, String name) {
    }

    /** The statuses HSDS gives a service; only an active one is offered on the sociale kaart. */
    public static final List<String> STATUSES = List.of("active", "temporarily closed", "inactive", "defunct");

    /**
     * The record to send back: this status, these phones, hours and provenance, the rest as read, without what GET
     * added.
     */
    public HsdsService corrected(String newStatus, List<Phone> newPhones, List<Schedule> newSchedules,
            Provenance newProvenance) {
        return new HsdsService(id, organization_id, name, newStatus, newPhones, newSchedules, service_areas,
                newProvenance, null, null, null, otherFields);
    }

    /** How it is reached (PHONE, CHAT, …): directory-service's addition to HSDS, kept among the other fields. */
    @JsonIgnore
    public String channel() {
        JsonNode channel = otherFields == null ? null : otherFields.get("channel");
        return channel == null || channel.isNull() ? null : channel.asText();
    }
}
