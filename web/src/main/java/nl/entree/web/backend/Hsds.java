package nl.entree.web.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The parts directory-service's HSDS records share: a service ({@link HsdsService}) and a regional centre
 * ({@link ServiceAtLocation}) each have phones, weekly hours, areas, a provenance and a history of the same shape.
 * Named as HSDS writes them; like HSDS, a field without a value is left out.
 */
public final class Hsds {

    private Hsds() {
    }

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

    /** A safety region ({@code extent_type} "text", {@code extent} VR01–VR25) or the country ({@code extent} "NL"). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceArea(String id, String name, String description, String extent, String extent_type,
            Provenance provenance) {

        public boolean wholeCountry() {
            return "NL".equals(extent);
        }
    }

    /**
     * Where a fact comes from and whether anyone has seen it there; {@code unknown} names what nobody found, and
     * {@code caution} what the source itself doubts (a number seen only in an old article). Every field is read, since
     * a correction sends the record back whole: a field left out here would be erased by the first correction.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Provenance(String source, String quote, Boolean verified, LocalDate verified_on,
            Boolean check_before_use, String note, String caution, List<String> unknown) {
    }

    /** One change of one field, as the history below a correction form shows it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Metadata(String id, String resource_id, String resource_type, Instant last_action_date,
            String last_action_type, String field_name, String previous_value, String replacement_value,
            String updated_by) {
    }
}
