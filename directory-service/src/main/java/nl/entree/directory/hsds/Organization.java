package nl.entree.directory.hsds;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * HSDS 3.1 organization. Stored and exported without {@code services}, {@code locations} and {@code metadata};
 * {@code GET /organizations/{id}} adds them.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Organization(String id, String name, String alternateName, String description, String email,
        String website, List<OrganizationIdentifier> organizationIdentifiers, Provenance provenance,
        List<Service> services, List<Location> locations, List<Metadata> metadata) {

    /** Entree's code for the organisation (CSG, VT, …), from its identifier in scheme {@code entree}. */
    public Optional<String> entreeCode() {
        return organizationIdentifiers == null ? Optional.empty() : organizationIdentifiers.stream()
                .filter(java.util.Objects::nonNull)
                .filter(i -> OrganizationIdentifier.ENTREE_SCHEME.equals(i.identifierScheme()))
                .map(OrganizationIdentifier::identifier)
                .findFirst();
    }

    public Organization stored() {
        return new Organization(id, name, alternateName, description, email, website, organizationIdentifiers,
                provenance, null, null, null);
    }

    public Organization withDetail(List<Service> services, List<Location> locations, List<Metadata> metadata) {
        return new Organization(id, name, alternateName, description, email, website, organizationIdentifiers,
                provenance, services, locations, metadata);
    }
}
