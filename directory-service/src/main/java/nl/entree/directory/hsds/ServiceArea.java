package nl.entree.directory.hsds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * HSDS 3.1 service_area. Entree uses two kinds: {@code extent_type "safety_region"} with a code VR01–VR25 as
 * {@code extent}, and {@code extent_type "country"} with {@code extent "NL"} for a national service.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServiceArea(String id, String name, String description, String extent, String extentType,
        Provenance provenance) {

    public static final String SAFETY_REGION = "safety_region";
    public static final String COUNTRY = "country";
    public static final String NETHERLANDS = "NL";

    public boolean covers(String region) {
        return COUNTRY.equals(extentType) && NETHERLANDS.equals(extent)
                || SAFETY_REGION.equals(extentType) && region.equals(extent);
    }
}
