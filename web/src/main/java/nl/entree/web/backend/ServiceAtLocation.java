package nl.entree.web.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

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

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Phone(String id, String number, String type, String description, Provenance provenance) {
    }

    /** A weekly rule has {@code byday}; a dated exception has none, but {@code valid_from}..{@code valid_to}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Schedule(String id, String freq, String byday, String opens_at, String closes_at,
            LocalDate valid_from, LocalDate valid_to, String description, String notes, Provenance provenance) {

        public boolean weekly() {
            return byday != null;
        }
    }

    /** A safety region ({@code extent_type} "safety_region", {@code extent} VR01–VR25) or the country ("NL"). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceArea(String id, String name, String description, String extent, String extent_type,
            Provenance provenance) {
    }

    /** Where a fact comes from and whether anyone has seen it there; {@code unknown} names what nobody found. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Provenance(String source, String quote, Boolean verified, LocalDate verified_on,
            Boolean check_before_use, String note, List<String> unknown) {
    }

    /** The centre: only its name is shown. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(String id, String name) {
    }

    /** One change of one field, as the history below the correction form shows it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Metadata(String id, String resource_id, String resource_type, Instant last_action_date,
            String last_action_type, String field_name, String previous_value, String replacement_value,
            String updated_by) {
    }
}
