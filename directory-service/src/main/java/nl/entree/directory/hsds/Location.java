package nl.entree.directory.hsds;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** HSDS 3.1 location: a regional centre, a walk-in address, or an office whose street nobody found. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Location(String id, String locationType, String organizationId, String name, String description,
        String url, List<Address> addresses, List<Accessibility> accessibility, List<Language> languages,
        Provenance provenance, List<Metadata> metadata) {

    public Location stored() {
        return new Location(id, locationType, organizationId, name, description, url, addresses, accessibility,
                languages, provenance, null);
    }

    public Location withMetadata(List<Metadata> history) {
        return new Location(id, locationType, organizationId, name, description, url, addresses, accessibility,
                languages, provenance, history);
    }
}
