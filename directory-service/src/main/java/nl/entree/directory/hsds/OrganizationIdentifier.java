package nl.entree.directory.hsds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** HSDS 3.1 organization_identifier; scheme {@code entree} carries Entree's organisation code (CSG, VT, …). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OrganizationIdentifier(String id, String identifierScheme, String identifierType, String identifier) {

    public static final String ENTREE_SCHEME = "entree";
}
