package nl.entree.web.backend;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.web.backend.Hsds.Metadata;
import nl.entree.web.backend.Hsds.Phone;
import nl.entree.web.backend.Hsds.Provenance;
import nl.entree.web.backend.Hsds.Schedule;
import nl.entree.web.backend.Hsds.ServiceArea;

/**
 * directory-service's HSDS {@code service_at_location}: a service as one regional centre offers it. Read from
 * {@code GET /service_at_locations/{id}} with its {@code location} and {@code metadata} (the change history), and sent
 * back whole, without those two, to {@code PUT /api/directory/service_at_locations/{id}}: the PUT replaces the record,
 * so every stored field is here, or a correction would erase it; a field web does not know yet is kept as read in
 * {@code otherFields} and sent back with the rest. Named as HSDS writes them (see {@link ReachOption}); like HSDS, a
 * field without a value is left out.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceAtLocation(String id, String service_id, String location_id, String description,
        List<Phone> phones, List<Schedule> schedules, List<ServiceArea> service_areas, Provenance provenance,
        Location location, List<Metadata> metadata,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> otherFields) {

    /** The centre: only its name is shown. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(String id, String name) {
    }

    /** The record to send back: these phones, hours and provenance, the rest as read; no location, no history. */
    public ServiceAtLocation corrected(List<Phone> newPhones, List<Schedule> newSchedules, Provenance newProvenance) {
        return new ServiceAtLocation(id, service_id, location_id, description, newPhones, newSchedules, service_areas,
                newProvenance, null, null, otherFields);
    }
}
